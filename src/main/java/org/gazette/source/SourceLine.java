package org.gazette.source;

/**
 * One line of a source as read: its 1-based number in the file and its text, with the line break
 * and trailing white space removed. A leading space is kept: in PDF text it marks a page start.
 */
public record SourceLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }

    public String trimmed() {
        return text.strip();
    }
}
