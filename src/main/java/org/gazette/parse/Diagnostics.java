package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/** Collects the diagnostics of one source while its phases run. One instance per parse; not shared. */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> collected = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public void error(int line, String code, String message) {
        add(line, Severity.ERROR, code, message);
    }

    public void warn(int line, String code, String message) {
        add(line, Severity.WARNING, code, message);
    }

    public void info(int line, String code, String message) {
        add(line, Severity.INFO, code, message);
    }

    public void add(int line, Severity severity, String code, String message) {
        collected.add(new Diagnostic(file, line, severity, code, message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        collected.addAll(diagnostics);
    }

    public List<Diagnostic> sorted() {
        return collected.stream().sorted(Diagnostic.BY_POSITION).toList();
    }
}
