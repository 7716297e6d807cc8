package org.gazette.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.gazette.model.Diagnostic;
import org.gazette.model.Href;
import org.gazette.model.Severity;
import org.gazette.source.ContentTree;
import org.gazette.source.TextDecoder;

/**
 * Reads the Markdown pages under {@code content/pages/}: YAML front matter ({@code title},
 * {@code slug}, {@code menu}) and a Markdown body. A page with a bad slug or front matter is
 * reported and left out; the rest of the site still builds.
 */
public final class CuratedPageReader {

    public static final String FOLDER = "pages";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
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
            try {
                List<String> lines = text.text().lines().toList();
                FrontMatter front = FrontMatter.of(lines);
                JsonNode meta = front == null ? null : yaml.readTree(front.yaml());
                String base = file.getFileName().toString().replaceFirst("\\.md$", "");
                String slug = meta != null && meta.hasNonNull("slug") ? meta.get("slug").asText() : base;
                if (!SLUG.matcher(slug).matches() || !slugs.add(slug)) {
                    diagnostics.add(new Diagnostic(name, front == null ? 1 : front.lineOf("slug"), Severity.ERROR,
                            "page-slug", "slug '" + slug + "' must be unique, lower-case ASCII letters, digits and '-'"));
                    continue;
                }
                String body = front == null ? String.join("\n", lines) : front.body();
                String title = meta != null && meta.hasNonNull("title") ? meta.get("title").asText() : slug;
                Integer menu = meta != null && meta.has("menu") && meta.get("menu").canConvertToInt() ? meta.get("menu").asInt() : null;
                String html = markdown.toSafeHtml(body);
                pages.add(new CuratedPage(slug, title, menu, html, name, links(html, lines)));
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 1 : 1 + e.getLocation().getLineNr();
                diagnostics.add(new Diagnostic(name, line, Severity.ERROR, "page-front-matter",
                        "cannot read the front matter: " + e.getOriginalMessage()));
            }
        }
        return new Result(pages, diagnostics);
    }

    /** The links of a page's HTML, each with the first line of its Markdown that holds its target as written. */
    private static List<CuratedPage.Link> links(String html, List<String> lines) {
        List<CuratedPage.Link> links = new ArrayList<>();
        for (Element a : Jsoup.parseBodyFragment(html).select("a[href]")) {
            String href = a.attr("href");
            String written = Href.decoded(href); // as the editor typed it
            int line = 0;
            for (int i = 0; i < lines.size() && line == 0; i++) {
                if (lines.get(i).contains(href) || lines.get(i).contains(written)) line = i + 1;
            }
            links.add(new CuratedPage.Link(href, line));
        }
        return links;
    }
}
