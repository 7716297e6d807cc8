package org.gazette.search;

import java.util.List;

/**
 * One thing the search can find: a document or a person, with what results show and the text
 * that snippets and exact phrases are checked against.
 *
 * @param kind    {@code document} or {@code person}
 * @param url     relative to the site root
 * @param anchors where the articles start in {@code text}: [offset, anchor id] pairs, so that a result
 *                can land on the article that matched
 */
public record SearchEntry(String kind, String url, String title, String number, String date, String type,
                          String issuer, String gazette, String year, String status, String text,
                          List<Anchor> anchors) {

    public SearchEntry {
        anchors = List.copyOf(anchors);
    }

    /** An article's anchor and where its text starts. */
    public record Anchor(int offset, String id) {
    }
}
