package org.gazette.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.gazette.curate.CuratedPage;
import org.gazette.model.Diagnostic;
import org.gazette.model.Href;
import org.gazette.model.Severity;

/**
 * An editor's links to files the site does not have, found before the pages are rendered. Each is
 * an error naming the Markdown file and line, and its text stays on the page without the link: a
 * mistyped link in an editor's page had failed the site's link check and kept every build, a new
 * issue's too, from being published. Links into the folders whose files are named only as the site
 * is made (the search index's, the sitemaps': {@link SiteRenderer.OtherFiles}) are left to the link
 * check of the whole site; links to anchors a page does not have are found by {@link #anchors}.
 */
final class CuratedLinks {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** The pages, those with broken links without them, and an error for each such link. */
    record Checked(List<CuratedPage> pages, List<Diagnostic> problems) {
    }

    private CuratedLinks() {
    }

    /**
     * @param siteFiles  the path of every page of the site ({@code documents/湘政发-2024-9.html}) and of
     *                   every other file it will have outside {@code namedLater} ({@code data/documents.json})
     * @param namedLater the folders whose files are named only as the site is made ({@code search/})
     */
    static Checked check(List<CuratedPage> pages, Set<String> siteFiles, List<String> namedLater) {
        List<CuratedPage> checked = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (CuratedPage page : pages) {
            Set<String> broken = new HashSet<>();
            for (CuratedPage.Link link : page.links()) {
                String target = target(SitePaths.page(page.slug()), link.href());
                boolean empty = link.href().isBlank(); // [text]() leads nowhere
                if (!empty && (target == null || siteFiles.contains(target) || namedLater.stream().anyMatch(target::startsWith))) {
                    continue;
                }
                broken.add(link.href());
                problems.add(new Diagnostic(page.file(), link.line(), Severity.ERROR, "broken-link", (empty ? "an empty link"
                        : "the link to " + link.href() + " leads to no file of the site") + "; its text is shown without it"));
            }
            checked.add(broken.isEmpty() ? page : page.withHtml(unlinked(page.html(), broken)));
        }
        return new Checked(checked, problems);
    }

    /**
     * An editor's links to anchors their pages do not have ({@code ../documents/湘政发-2024-9.html#第九十九条}),
     * each an error at its Markdown line; the link stays, and opens the page at its top. Found before
     * the pages are rendered, so that the data-quality pages show them with the rest: the ids of each
     * page linked to with an anchor are read from that page rendered alone (its template gives some).
     *
     * @param idsOf the ids of a page of the site, or null when it cannot be told before the site is
     *              made (a data-quality page; the whole site's link check judges those links)
     */
    static List<Diagnostic> anchors(List<CuratedPage> pages, Function<String, Set<String>> idsOf) {
        List<Diagnostic> problems = new ArrayList<>();
        for (CuratedPage page : pages) {
            String self = SitePaths.page(page.slug());
            for (CuratedPage.Link link : page.links()) {
                int hash = link.href().indexOf('#');
                if (hash < 0 || hash == link.href().length() - 1) continue;
                String file = hash == 0 ? self : target(self, link.href());
                Set<String> ids = file == null ? null : idsOf.apply(file);
                String anchor = Href.decoded(link.href().substring(hash + 1));
                if (ids != null && !ids.contains(anchor)) problems.add(page.brokenAnchor(link));
            }
        }
        return problems;
    }

    /**
     * The file of the site a link of the page at {@code from} leads to, or null when it is not a link
     * to a file of the site (another site's, an anchor of its own page). A link that climbs out of the
     * site leads to a path beginning with {@code ../}, which no file has.
     */
    static String target(String from, String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("//") || SCHEME.matcher(href).find()) return null;
        String path = Href.decoded(href.replaceFirst("[?#].*", ""));
        if (path.isEmpty()) return null;
        if (path.endsWith("/")) path += "index.html";
        if (path.startsWith("/")) return ".." + path; // from the host's root: not a relative link of the site
        return SitePaths.resolve(from, path);
    }

    /** The HTML with the links to these targets taken out, their text kept. */
    private static String unlinked(String html, Set<String> hrefs) {
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (Element a : body.select("a[href]")) {
            if (hrefs.contains(a.attr("href"))) a.unwrap();
        }
        return body.body().html();
    }
}
