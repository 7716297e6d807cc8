package org.gazette.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gazette.curate.CuratedPage;
import org.gazette.model.Diagnostic;
import org.gazette.publish.LinkChecker;
import org.gazette.render.SitePaths;

/**
 * An editor's links to anchors their pages do not have ({@code ../documents/湘政发-2024-9.html#第九十九条}):
 * the page opens, at its top, and the site is published all the same — a mistyped anchor had kept
 * every build from being published, as a mistyped page had ({@code CuratedLinks}). Most are errors
 * already, found before the pages were rendered and shown on the data-quality pages
 * ({@code CuratedLinks.anchors}); the whole site's link check finds them again, and makes an error
 * at the link's Markdown line of any that was not (a link to an anchor of a data-quality page).
 * Every other broken link is the site's own, and keeps it from being published.
 */
final class CuratedAnchors {

    /** The broken links that keep the site from being published, and the editor's anchors, as errors. */
    record Sorted(List<LinkChecker.BrokenLink> blocking, List<Diagnostic> problems) {
    }

    private CuratedAnchors() {
    }

    /** @param told the problems already told: a broken anchor among them is not told again */
    static Sorted sort(List<LinkChecker.BrokenLink> broken, List<CuratedPage> pages, List<Diagnostic> told) {
        Map<String, CuratedPage> byPath = pages.stream()
                .collect(Collectors.toMap(p -> SitePaths.page(p.slug()), Function.identity(), (a, b) -> a));
        List<LinkChecker.BrokenLink> blocking = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (LinkChecker.BrokenLink b : broken) {
            CuratedPage page = byPath.get(b.page());
            if (page == null || !b.anchorOnly()) {
                blocking.add(b);
                continue;
            }
            CuratedPage.Link link = page.links().stream().filter(l -> l.href().equals(b.href())).findFirst()
                    .orElse(new CuratedPage.Link(b.href(), 0));
            Diagnostic problem = page.brokenAnchor(link);
            if (!told.contains(problem)) problems.add(problem);
        }
        return new Sorted(blocking, problems);
    }
}
