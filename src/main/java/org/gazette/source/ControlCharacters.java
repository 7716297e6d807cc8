package org.gazette.source;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Control characters (C0 and C1, DEL) are no text: they would reach pages and feeds as they are, and
 * the terminal as escape sequences (one in a source coloured the terminal the build's warnings were
 * printed on). Gazette text ({@link LineSplitter}) and an editor's files ({@link TextDecoder}) read
 * them as spaces, each line that had one a warning.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether a character is a control character other than the tab and the line ends. */
    static boolean is(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= '\u007f' && c <= '\u009f';
    }

    /** The warning for a line that had control characters. */
    static Diagnostic warning(String file, int line) {
        return new Diagnostic(file, line, Severity.WARNING, "control-character", "line has control characters (not text; read as spaces)");
    }
}
