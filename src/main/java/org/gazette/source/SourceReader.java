package org.gazette.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Reads a source file into lines, its encoding detected ({@link TextDecoder}: UTF-8, UTF-16 with a
 * BOM, GB18030 when it reads as Chinese, else rejected with an error).
 */
public final class SourceReader {

    /** The outcome of reading: the text, or null when the file was rejected, and what was noticed. */
    public record Result(SourceText text, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result read(Path path, String displayName) {
        return lines(TextDecoder.readGazetteText(path, displayName), displayName);
    }

    public Result decode(byte[] bytes, String displayName) {
        return lines(TextDecoder.decodeGazetteText(bytes, displayName), displayName);
    }

    private static Result lines(TextDecoder.Decoded decoded, String displayName) {
        if (decoded.text() == null) return new Result(null, decoded.diagnostics());
        List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
        SourceText source = new SourceText(displayName, decoded.encoding(), LineSplitter.split(decoded.text(),
                line -> diagnostics.add(ControlCharacters.warning(displayName, line))));
        reportReplacementCharacters(source, diagnostics);
        return new Result(source, diagnostics);
    }

    /** U+FFFD in the input means text was already lost upstream (often a truncated line): report it. */
    private static void reportReplacementCharacters(SourceText source, List<Diagnostic> diagnostics) {
        for (SourceLine line : source.lines()) {
            String t = line.text();
            int at = t.indexOf('\uFFFD');
            if (at >= 0) {
                boolean atEnd = t.strip().endsWith("\uFFFD");
                diagnostics.add(new Diagnostic(source.file(), line.number(), Severity.WARNING,
                        atEnd ? "truncated-line" : "replacement-character",
                        atEnd ? "line ends in U+FFFD: the extraction cut it off, text is missing here"
                              : "line contains U+FFFD: characters were lost in extraction"));
            }
        }
    }
}
