package org.gazette.curate;

/**
 * A page an editor writes in Markdown under {@code content/pages/}: about, help, sources.
 *
 * @param slug the file name of the page ({@code pages/<slug>.html})
 * @param menu its place in the site menu, or null to stay out of the menu
 * @param html the body, rendered and sanitised
 */
public record CuratedPage(String slug, String title, Integer menu, String html, String file) {
}
