package org.gazette.curate;

import java.util.List;

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

    /** The same page with another body (its links as they were written). */
    public CuratedPage withHtml(String html) {
        return new CuratedPage(slug, title, menu, html, file, links);
    }
}
