package org.gazette.parse;

import java.util.List;

import org.gazette.model.ParsedSource;
import org.gazette.source.SourceLine;
import org.gazette.source.SourceText;

/** Test helpers: lines and parses from text blocks. */
final class Lines {

    private Lines() {
    }

    static List<SourceLine> of(String text) {
        return SourceText.of("test.txt", text).lines();
    }

    static ParsedSource parse(String text) {
        return new SourceParser().parse(SourceText.of("test.txt", text));
    }
}
