package org.gazette.render;

/** The small value shapes the templates show. Every {@code href} is relative to the page showing it. */
public final class Views {

    private Views() {
    }

    /** A link; {@code href} null when the target is not in the archive. */
    public record Link(String text, String href) {
    }

    /** A document in a list: title, number, date, type, and where its page is. */
    public record DocumentItem(String title, String number, String signed, String type, String href) {
    }

    /** An issue (or a batch of loose documents) in a list. */
    public record IssueItem(String label, String published, int documents, String href) {
    }

    /** A gazette on the home page. */
    public record GazetteItem(String name, String level, String region, int issues, int documents, String href) {
    }

    /** An entry of a table of contents as shown: section, title, number, page and link. */
    public record TocItem(String section, String title, String number, String registration, Integer page,
                          String href) {
    }

    /** Where a document appeared. */
    public record AppearanceItem(String gazette, String issue, String href, String section, Integer page,
                                 String file, int line) {
    }

    /** A citation as shown: what the text says, and the link to its page (in the archive, or a cited-only page). */
    public record CitationItem(String text, String number, String href, boolean inArchive, int line) {
    }

    /** A labelled metadata value. */
    public record Field(String label, String value) {
    }

    /** A table of the home page's latest issues and counts. */
    public record Counts(int gazettes, int issues, int documents) {
    }

    /** A diagnostic row on a file's data-quality page; {@code name} is its code's Chinese name. */
    public record Problem(int line, String severity, String code, String name, String message) {
    }

    /**
     * A row of the data-quality overview: how many problems of a code (at its worst severity), with
     * the code's Chinese name and what it means ({@link org.gazette.model.ProblemCodes}).
     */
    public record ProblemCount(String code, String name, String about, String severity, long count) {
    }

    /** A row of the data-quality overview: a file, its page, and how many errors, warnings and notes it has. */
    public record ProblemFile(String file, String href, long errors, long warnings, long notes) {
    }
}
