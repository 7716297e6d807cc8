package org.gazette.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.gazette.model.Diagnostic;
import org.gazette.model.Href;
import org.gazette.model.Severity;
import org.gazette.source.ContentTree;
import org.gazette.source.TextDecoder;
import org.gazette.source.YamlTree;
import org.gazette.source.YamlValues;

/**
 * Reads the Markdown pages under {@code content/pages/}: YAML front matter ({@code title},
 * {@code slug}, {@code menu}) and a Markdown body. A page with a bad slug or front matter is
 * reported and left out, a key not known (a typo, or a key of another site generator's) is a
 * warning at its line; the rest of the site still builds.
 */
public final class CuratedPageReader {

    public static final String FOLDER = "pages";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public record Result(List<CuratedPage> pages, List<Diagnostic> diagnostics) {
    }

    public Result read(Path content, java.util.function.Function<Path, String> display) {
        List<CuratedPage> pages = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path dir = content.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return new Result(pages, diagnostics);
        Set<String> slugs = new HashSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md") && !ContentTree.hidden(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(display.apply(dir), 0, Severity.ERROR, "pages-unreadable", e.getMessage()));
            return new Result(pages, diagnostics);
        }
        for (Path file : files) {
            String name = display.apply(file);
            TextDecoder.Decoded text = TextDecoder.read(file, name);
            diagnostics.addAll(text.diagnostics("page-unreadable"));
            if (text.text() == null) continue;
            List<String> lines = text.text().lines().toList();
            FrontMatter front = FrontMatter.of(lines);
            YamlTree tree;
            try {
                tree = YamlTree.read(front == null ? "" : front.yaml(), front == null ? 1 : front.firstLine());
            } catch (YamlTree.Unreadable e) {
                diagnostics.add(new Diagnostic(name, e.line(), Severity.ERROR, "page-front-matter",
                        "cannot read the front matter: " + e.getMessage()));
                continue;
            }
            YamlValues values = new YamlValues(tree, name, "page-front-matter", "page-front-matter-key", diagnostics);
            JsonNode meta = values.top(List.of("title", "slug", "menu"));
            String base = file.getFileName().toString().replaceFirst("\\.md$", "");
            String slug = meta == null || !meta.hasNonNull("slug") ? base : values.text(meta, "slug");
            if (slug == null || !SLUG.matcher(slug).matches() || !slugs.add(slug)) {
                if (slug != null) {
                    diagnostics.add(new Diagnostic(name, meta == null ? 1 : tree.line(meta, "slug"), Severity.ERROR,
                            "page-slug", "slug '" + slug + "' must be unique, lower-case ASCII letters, digits and '-'"));
                }
                continue;
            }
            String body = front == null ? String.join("\n", lines) : front.body();
            String title = meta == null ? null : values.text(meta, "title");
            Integer menu = meta == null ? null : values.number(meta, "menu");
            String html = markdown.toSafeHtml(body);
            pages.add(new CuratedPage(slug, title == null ? slug : title, menu, html, name, links(html, lines)));
        }
        return new Result(pages, diagnostics);
    }

    /**
     * The links of a page's HTML, each with the line of its Markdown that writes its target: where a
     * link's target begins ({@code (…}, {@code <…}, a reference's {@code ]: …}), so that {@code #没有}
     * is not found inside {@code ../data-quality.html#没有} on another line; the second link to one
     * target where the target is written the second time. Failing that, the first line that holds it.
     */
    private static List<CuratedPage.Link> links(String html, List<String> lines) {
        List<CuratedPage.Link> links = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Element a : Jsoup.parseBodyFragment(html).select("a[href]")) {
            String href = a.attr("href");
            String written = Href.decoded(href); // as the editor typed it
            List<Integer> writing = new ArrayList<>();
            int holding = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (int k = Math.max(writes(line, href), writes(line, written)); k > 0; k--) writing.add(i + 1);
                if (holding == 0 && (line.contains(href) || line.contains(written))) holding = i + 1;
            }
            int nth = seen.merge(href, 1, Integer::sum) - 1;
            links.add(new CuratedPage.Link(href, writing.isEmpty() ? holding : writing.get(Math.min(nth, writing.size() - 1))));
        }
        return links;
    }

    /** How many links' targets a line of Markdown begins with this text. */
    private static int writes(String line, String target) {
        int count = 0;
        for (int at = line.indexOf(target); at >= 0; at = line.indexOf(target, at + 1)) {
            if (at > 0 && (line.charAt(at - 1) == '(' || line.charAt(at - 1) == '<' || line.startsWith("]: ", at - 3))) count++;
        }
        return count;
    }
}
