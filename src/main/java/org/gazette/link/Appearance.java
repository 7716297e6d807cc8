package org.gazette.link;

/**
 * Where a document was published: a gazette, the issue (null for loose documents), the source
 * file and line, and the TOC section and page when the issue lists it.
 */
public record Appearance(String gazette, String issueKey, String file, String section, Integer page, int line) {
}
