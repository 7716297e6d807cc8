package org.gazette.source;

import java.util.List;

/**
 * The decoded lines of one source file.
 *
 * @param file     the file as the user named it (used in every diagnostic)
 * @param encoding the charset it was decoded with
 */
public record SourceText(String file, String encoding, List<SourceLine> lines) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    /** Builds a source from text already in memory (tests, generated input). */
    public static SourceText of(String file, String text) {
        return new SourceText(file, "UTF-8", LineSplitter.split(text));
    }

    /** The line with the given 1-based number. */
    public SourceLine line(int number) {
        return lines.get(number - 1);
    }
}
