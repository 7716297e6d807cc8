package org.gazette.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A link's target as written in HTML, read the way the site names its files and ids. One rule for
 * the editor's pages (where a link was written, whether it leads to a page) and the link check of
 * the whole site.
 */
public final class Href {

    private Href() {
    }

    /**
     * A link's path or fragment with its percent-escapes decoded ({@code %E6%B9%98} is 湘: Markdown
     * and browsers write non-ASCII names so). A {@code +} stays a plus — a space only in a query's
     * form encoding — and a {@code %} that begins no escape stays as written: {@code 100%.html} had
     * stopped the build ("URLDecoder: Illegal hex characters") where it is a link to no page.
     */
    public static String decoded(String href) {
        if (href.indexOf('%') < 0) return href;
        try {
            return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAnEscape) {
            return href;
        }
    }
}
