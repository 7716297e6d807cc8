package org.gazette.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gazette.link.DocumentIdentity;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.IssueMasthead;
import org.gazette.model.ParsedSource;
import org.gazette.model.Severity;
import org.gazette.source.ContentTree;

/** The readable report of {@code gazette check}. */
final class CheckReport {

    private final PrintWriter out;
    private final boolean verbose;

    CheckReport(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    void print(ParsedSource s) {
        out.println(s.file());
        IssueMasthead m = s.issue();
        if (m != null) {
            out.printf("  issue      %s %s%s%n", nz(m.gazetteName()), m.title(), m.published() == null ? "" : ", " + m.published());
        } else {
            out.println("  issue      none (loose documents)");
        }
        if (s.toc() != null) {
            out.printf("  contents   %d entries in %d sections%n", s.toc().entries().size(), s.toc().sections().size());
        }
        out.printf("  documents  %d%n", s.documents().size());
        for (Document d : s.documents()) {
            String number = d.number() != null ? d.number().normalized() : d.order() != null ? d.order().normalized() : "—";
            out.printf("    %5d-%-5d %-4s %-22s %-10s %s%n", d.startLine(), d.endLine(), nz(d.type()), number,
                    d.signed() == null ? "—" : d.signed(), nz(d.title()));
        }
        long errors = count(s.diagnostics(), Severity.ERROR);
        long warnings = count(s.diagnostics(), Severity.WARNING);
        long infos = count(s.diagnostics(), Severity.INFO);
        out.printf("  problems   %s, %s, %s%n", Counted.of(errors, "error"), Counted.of(warnings, "warning"),
                Counted.of(infos, "note"));
        for (Diagnostic d : s.diagnostics()) {
            if (verbose || d.severity() != Severity.INFO) out.println("    " + d);
        }
        out.println();
    }

    /** The problems of the editor's files, when there are any to show. */
    void print(List<Diagnostic> editorFiles) {
        List<Diagnostic> shown = editorFiles.stream().filter(d -> verbose || d.severity() != Severity.INFO).toList();
        if (shown.isEmpty()) return;
        out.printf("editor's files: %s, %s%n", Counted.of(count(editorFiles, Severity.ERROR), "error"),
                Counted.of(count(editorFiles, Severity.WARNING), "warning"));
        shown.stream().sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line))
                .forEach(d -> out.println("    " + d));
        out.println();
    }

    void summary(List<ParsedSource> sources, List<Diagnostic> editorFiles) {
        int printed = sources.stream().mapToInt(s -> s.documents().size()).sum();
        long documents = distinctDocuments(sources);
        long errors = sources.stream().mapToLong(s -> count(s.diagnostics(), Severity.ERROR)).sum()
                + count(editorFiles, Severity.ERROR);
        long warnings = sources.stream().mapToLong(s -> count(s.diagnostics(), Severity.WARNING)).sum()
                + count(editorFiles, Severity.WARNING);
        // The build's count, in which a document printed in two sources (a reprint) is one.
        String reprints = printed == documents ? "" : " (" + printed + " printed: " + Counted.of(printed - documents, "reprint") + ")";
        out.printf("%s, %s%s, %s, %s%s%n", Counted.of(sources.size(), "source"), Counted.of(documents, "document"), reprints,
                Counted.of(errors, "error"), Counted.of(warnings, "warning"),
                verbose ? "" : " (notes hidden; --verbose shows them)");
        if (errors + warnings > 0) out.println(ExplainCommand.HINT);
    }

    /**
     * How many documents the sources hold once a document printed in several is counted once: by
     * the identity the build gives them (its gazette, for a document known by its title alone, read
     * from the path: {@link ContentTree#gazetteOf}).
     */
    private static long distinctDocuments(List<ParsedSource> sources) {
        Set<String> ids = new HashSet<>();
        for (ParsedSource s : sources) {
            String gazette = ContentTree.gazetteOf(s.file());
            s.documents().forEach(d -> ids.add(DocumentIdentity.of(d, gazette)));
        }
        return ids.size();
    }

    private static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    private static String nz(Object o) {
        return o == null ? "—" : o.toString();
    }
}
