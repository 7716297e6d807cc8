package org.gazette.search;

import java.util.List;
import java.util.function.Supplier;

/**
 * One thing the search can find: a document or a person, with what results show and the text
 * that snippets and exact phrases are checked against.
 *
 * @param kind {@code document} or {@code person}
 * @param url  relative to the site root
 * @param body the entry's text and anchors, made when asked for: an archive's texts are not held twice
 */
public record SearchEntry(String kind, String url, String title, String number, String date, String type,
                          String issuer, String gazette, String year, String status, Supplier<Body> body) {

    /**
     * An entry's text as one string and where its articles start.
     *
     * @param anchors [offset, anchor id] pairs, so that a result can land on the article that matched
     */
    public record Body(String text, List<Anchor> anchors) {
        public Body {
            anchors = List.copyOf(anchors);
        }
    }

    /** An article's anchor and where its text starts. */
    public record Anchor(int offset, String id) {
    }

    public String text() {
        return body.get().text();
    }

    public List<Anchor> anchors() {
        return body.get().anchors();
    }
}
