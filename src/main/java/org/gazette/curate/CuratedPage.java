package org.gazette.curate;

import java.util.List;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * A page an editor writes in Markdown under {@code content/pages/}: about, help, sources.
 *
 * @param slug  the file name of the page ({@code pages/<slug>.html})
 * @param menu  its place in the site menu, or null to stay out of the menu
 * @param html  the body, rendered and sanitised
 * @param file  the Markdown file's name, as diagnostics give it
 * @param links the links of the body as written, each with the line of the file it is on
 */
public record CuratedPage(String slug, String title, Integer menu, String html, String file, List<Link> links) {

    public CuratedPage {
        links = List.copyOf(links);
    }

    /** A link of the page: its {@code href} as the HTML has it, and the line of the Markdown file it was written on (0: not found). */
    public record Link(String href, int line) {
    }

    /**
     * The error for a link of the page to an anchor its target does not have: the page opens, at its
     * top, and the site is published (found before the pages render, or by the whole site's check).
     */
    public Diagnostic brokenAnchor(Link link) {
        return new Diagnostic(file, link.line(), Severity.ERROR, "broken-anchor", "the link to " + link.href()
                + " leads to an anchor its page does not have: it opens the page at its top");
    }

    /** The same page with another body (its links as they were written). */
    public CuratedPage withHtml(String html) {
        return new CuratedPage(slug, title, menu, html, file, links);
    }
}
