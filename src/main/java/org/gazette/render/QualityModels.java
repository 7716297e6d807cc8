package org.gazette.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.gazette.link.DocumentIdentity;
import org.gazette.model.Diagnostic;
import org.gazette.model.ProblemCodes;
import org.gazette.model.Severity;

/**
 * The data-quality pages (数据质量): an overview of the problems found in the input, by code and by
 * file, and a page per file that lists its problems line by line. One page per file, not one page of
 * every problem: a large archive has tens of thousands of them (a page of ten megabytes that no
 * browser shows well), and a new issue then adds a page of its own instead of changing that one.
 */
final class QualityModels {

    /** The problems of one input file and the page that lists them. */
    record FileProblems(String file, String path, List<Diagnostic> problems) {
        long count(Severity severity) {
            return problems.stream().filter(d -> d.severity() == severity).count();
        }
    }

    private final List<Diagnostic> all;
    private final List<FileProblems> files = new ArrayList<>();

    /** @param diagnostics every problem of the archive */
    QualityModels(List<Diagnostic> diagnostics) {
        this.all = diagnostics;
        Map<String, List<Diagnostic>> byFile = new TreeMap<>();
        for (Diagnostic d : diagnostics) byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
        Set<String> paths = new HashSet<>();
        byFile.forEach((file, problems) -> {
            problems.sort(Diagnostic.BY_POSITION);
            // Two files whose names differ only in characters a slug leaves out, or only in case (2024-14.TXT
            // and 2024-14.txt: one page on the file systems of Windows and macOS, where researchers unpack
            // the site), get numbered pages (in file order).
            String slug = DocumentIdentity.safe(file);
            String path = SitePaths.dataQuality(slug);
            for (int n = 2; !paths.add(path.toLowerCase(Locale.ROOT)); n++) path = SitePaths.dataQuality(slug + "-" + n);
            files.add(new FileProblems(file, path, List.copyOf(problems)));
        });
    }

    /** Every file with a problem, in file order. */
    List<FileProblems> files() {
        return files;
    }

    /** How many problems there are in all. */
    int total() {
        return all.size();
    }

    /** The overview's rows by code: errors first, then warnings, then notes; the most frequent first. */
    List<Views.ProblemCount> byCode() {
        record Row(Severity severity, String code, long count) {
            Row plus(Row other) { // a code reported at two severities is counted at the worse
                return new Row(severity.compareTo(other.severity) <= 0 ? severity : other.severity, code, count + other.count);
            }
        }
        Map<String, Row> rows = new TreeMap<>();
        for (Diagnostic d : all) rows.merge(d.code(), new Row(d.severity(), d.code(), 1), Row::plus);
        return rows.values().stream()
                .sorted(Comparator.comparing(Row::severity).thenComparing(Row::count, Comparator.reverseOrder()))
                .map(r -> new Views.ProblemCount(r.code(), name(r.code()), meaning(r.code()).map(ProblemCodes.Meaning::about).orElse(""),
                        r.severity().label(), r.count())).toList();
    }

    /** A code's Chinese name, or the code itself if the catalogue lacks it. */
    static String name(String code) {
        return meaning(code).map(ProblemCodes.Meaning::name).orElse(code);
    }

    private static Optional<ProblemCodes.Meaning> meaning(String code) {
        return ProblemCodes.catalogue().of(code);
    }
}
