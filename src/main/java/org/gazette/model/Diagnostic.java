package org.gazette.model;

import java.util.Comparator;

/**
 * A problem found in the input, as a value: where it is, how bad, a stable code that tools
 * and tests can rely on, and a message for people.
 *
 * @param file the source file as the user named it
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record Diagnostic(String file, int line, Severity severity, String code, String message) {

    public static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line).thenComparing(Diagnostic::code);

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.label() + " [" + code + "] " + message;
    }
}
