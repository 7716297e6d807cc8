package org.gazette.link;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.gazette.curate.AppointmentCorrector;
import org.gazette.curate.PeopleCuration;
import org.gazette.curate.SourceCuration;
import org.gazette.model.Appointment;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.ParsedSource;
import org.gazette.model.Severity;
import org.gazette.parse.Text;
import org.gazette.parse.TocReconciler;
import org.gazette.source.GazetteInfo;

/**
 * Joins parsed sources into one {@link Archive}: gives every document its identity, makes one
 * document of the same document found in several sources, resolves each issue's table of
 * contents to its documents, and links appointment records into people (after an editor's
 * corrections).
 */
public final class Linker {

    /**
     * A gazette, the parsed (and curated) sources of its folder, and what the editor changed, by file.
     *
     * @param madeFrom what each curated source was made from, by file (see {@code SidecarCurator.Result.madeFrom});
     *                 a source missing here gives its documents no {@link ArchiveDocument#madeFrom()}
     */
    public record GazetteSources(GazetteInfo info, List<ParsedSource> sources, Map<String, SourceCuration> curation,
                                 Map<String, String> madeFrom) {
        public GazetteSources(GazetteInfo info, List<ParsedSource> sources) {
            this(info, sources, Map.of(), Map.of());
        }
    }

    private record Found(String id, Document document, Appearance appearance, List<String> notes, String madeFrom) {
    }

    public Archive link(List<GazetteSources> input, List<Diagnostic> earlier, PeopleCuration curation, LocalDate asOf) {
        Map<String, StatusResolver.Override> statusOverrides = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        List<Appointment> appointments = new ArrayList<>();
        Map<String, List<Found>> byId = new TreeMap<>();
        List<ArchiveGazette> gazettes = new ArrayList<>();
        for (GazetteSources g : input) {
            List<ArchiveIssue> issues = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (ParsedSource source : g.sources()) {
                diagnostics.addAll(source.diagnostics());
                appointments.addAll(source.appointments());
                SourceCuration sidecar = g.curation().getOrDefault(source.file(), SourceCuration.NONE);
                String key = uniqueKey(source, keys, diagnostics);
                String made = g.madeFrom().get(source.file());
                List<String> ids = new ArrayList<>();
                int[] toc = source.toc() == null ? new int[0] : TocReconciler.match(source.toc(), source.documents());
                for (int k = 0; k < source.documents().size(); k++) {
                    Document d = source.documents().get(k);
                    String id = DocumentIdentity.of(d, g.info().slug());
                    ids.add(id);
                    Integer page = tocPage(source, toc, k);
                    byId.computeIfAbsent(id, x -> new ArrayList<>()).add(new Found(id, d, new Appearance(
                            g.info().slug(), source.issue() == null ? null : key, source.file(), d.section(), page,
                            d.startLine()), sidecar.notes().getOrDefault(d.startLine(), List.of()),
                            made == null ? null : made + "/" + k));
                    SourceCuration.StatusOverride o = sidecar.statuses().get(d.startLine());
                    StatusResolver.Override status = o == null ? null : StatusResolver.Override.of(o, diagnostics);
                    if (status != null) statusOverrides.put(id, status);
                }
                issues.add(new ArchiveIssue(g.info().slug(), key, source.issue(), source.file(),
                        tocLines(source, toc, ids), ids, sidecar.issueNote()));
            }
            issues.sort(Comparator.comparing(ArchiveIssue::key, Linker::compareKeys).reversed());
            gazettes.add(new ArchiveGazette(g.info(), issues));
        }
        Map<String, ArchiveDocument> documents = new LinkedHashMap<>();
        byId.forEach((id, found) -> documents.put(id, merge(id, found, diagnostics)));
        CitationIndex citations = new CitationIndex(documents.values());
        AppointmentCorrector.Result corrected = new AppointmentCorrector().apply(ofShownNotices(appointments, documents, citations), curation);
        diagnostics.addAll(corrected.diagnostics());
        People people = new PeopleLinker().link(corrected.appointments(), curation, corrected.applied(), diagnostics);
        Map<String, DocumentStatus> statuses = new StatusResolver(asOf).resolve(documents, citations, statusOverrides);
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Archive(gazettes, documents, people, citations, statuses, asOf, diagnostics);
    }

    /**
     * The appointments of the notices as shown. A notice published in several sources is one document
     * whose text is one copy's ({@link #merge}); the same actions read from another copy would be
     * each person's records twice, linked to lines of a text the site does not show (the copies'
     * lines differ when one has a line more), so they are left out — the {@code same-document} note
     * names the copy shown.
     */
    private static List<Appointment> ofShownNotices(List<Appointment> appointments, Map<String, ArchiveDocument> documents,
                                                    CitationIndex citations) {
        List<Appointment> shown = new ArrayList<>(appointments.size());
        for (Appointment a : appointments) {
            ArchiveDocument notice = citations.withNumber(a.docNumber()).map(documents::get).orElse(null);
            if (notice == null || notice.appearances().size() < 2 || fromShownCopy(a, notice)) shown.add(a);
        }
        return shown;
    }

    /**
     * Whether an appointment is read from the copy of its notice that the archive shows: the copy it
     * is in is the one in its file that starts last before it (copies may share a file). One in none
     * of the copies is kept.
     */
    private static boolean fromShownCopy(Appointment a, ArchiveDocument notice) {
        Appearance copy = null;
        for (Appearance c : notice.appearances()) {
            if (c.file().equals(a.file()) && c.line() <= a.line() && (copy == null || c.line() > copy.line())) copy = c;
        }
        return copy == null || copy == notice.appearances().get(0);
    }

    /** The most complete version is shown; every appearance is kept. */
    private static ArchiveDocument merge(String id, List<Found> found, List<Diagnostic> diagnostics) {
        List<Found> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Found f) -> -completeness(f)));
        Found shown = ranked.get(0);
        for (Found other : ranked.subList(1, ranked.size())) {
            diagnostics.add(new Diagnostic(other.appearance().file(), other.appearance().line(), Severity.INFO,
                    "same-document", "also published in " + shown.appearance().file() + " (line "
                    + shown.appearance().line() + "); shown as one document, " + id));
            String here = other.document().title();
            String there = shown.document().title();
            if (Objects.equals(here, there)) continue;
            if (here == null || there == null || oneHoldsTheOther(here, there)) {
                diagnostics.add(new Diagnostic(other.appearance().file(), other.appearance().line(), Severity.INFO,
                        "same-document-title-differs", "title here 「" + here + "」, shown as 「" + there + "」"));
            } else {
                // Not a reprint with its issuers before the title: two documents, one number misprinted?
                diagnostics.add(new Diagnostic(other.appearance().file(), other.appearance().line(), Severity.WARNING,
                        "same-number-other-title", "the same number as 「" + there + "」 (" + shown.appearance().file()
                        + ", line " + shown.appearance().line() + "), but the title here is 「" + here + "」: shown as one "
                        + "document, whose text is that one's; if they are two, one number is misprinted (a sidecar can correct it)"));
            }
        }
        List<String> notes = new ArrayList<>();
        ranked.forEach(f -> notes.addAll(f.notes()));
        return new ArchiveDocument(id, shown.document(), ranked.stream().map(Found::appearance).toList(), notes,
                shown.madeFrom());
    }

    /** Whether one title is the other with more around it (the issuers before it, as a reprint may have), punctuation and spaces aside. */
    private static boolean oneHoldsTheOther(String a, String b) {
        String x = Text.comparable(a);
        String y = Text.comparable(b);
        return x.contains(y) || y.contains(x);
    }

    private static int completeness(Found f) {
        Document d = f.document();
        int score = 0;
        if (!d.issuers().isEmpty()) score += 2;
        if (d.signed() != null) score += 2;
        if (d.registration() != null) score += 1;
        if (f.appearance().issueKey() != null) score += 1;
        return score;
    }

    private static String uniqueKey(ParsedSource source, Set<String> keys, List<Diagnostic> diagnostics) {
        String base = source.issue() != null ? source.issue().key()
                : DocumentIdentity.safe(stripExtension(Path.of(source.file()).getFileName().toString())).toLowerCase(Locale.ROOT);
        String key = base;
        for (int n = 2; keys.contains(key); n++) key = base + "-" + n;
        if (!key.equals(base)) {
            diagnostics.add(new Diagnostic(source.file(), source.issue() == null ? 0 : source.issue().line(),
                    Severity.WARNING, "duplicate-issue", "another file of this gazette is already issue " + base
                    + "; this one is published as " + key));
        }
        keys.add(key);
        return key;
    }

    /** The printed page of the entry that lists document {@code k}, or null. */
    private static Integer tocPage(ParsedSource source, int[] toc, int k) {
        for (int e = 0; e < toc.length; e++) {
            if (toc[e] == k) return source.toc().entries().get(e).page();
        }
        return null;
    }

    private static List<ArchiveIssue.TocLine> tocLines(ParsedSource source, int[] toc, List<String> ids) {
        List<ArchiveIssue.TocLine> lines = new ArrayList<>();
        for (int e = 0; e < toc.length; e++) {
            lines.add(new ArchiveIssue.TocLine(source.toc().entries().get(e), toc[e] < 0 ? null : ids.get(toc[e])));
        }
        return lines;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Issue keys sort by year, then by issue number, numerically. */
    static int compareKeys(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("[0-9]+") && y[i].matches("[0-9]+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }
}
