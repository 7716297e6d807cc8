package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.link.DocumentStatus;
import org.gazette.link.Person;
import org.gazette.model.Appointment;
import org.gazette.model.Block;
import org.gazette.model.Document;
import org.gazette.render.SitePaths;

/**
 * Builds the search index from the archive. Each entry has weighted fields — title and numbers
 * (文号 as printed and normalised, 登记号, 令号) above the people named, above issuers, above the
 * body — and each term's score per entry is BM25F, computed here once: the browser only adds
 * scores up. Very common terms keep their best-scoring entries only.
 */
public final class IndexBuilder {

    /** How many entries a term keeps: a term in every document ranks nothing and costs bytes. */
    public static final int MAX_POSTINGS = 300;

    public SearchIndex build(Archive archive) {
        return build(archive, () -> { });
    }

    /**
     * The index of an archive.
     *
     * @param analysed called once per entry analysed, from any thread (for progress)
     */
    public SearchIndex build(Archive archive, Runnable analysed) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> gazetteOf = new HashMap<>();
        Map<String, String> firstIssued = new HashMap<>();
        for (ArchiveGazette g : archive.gazettes()) {
            for (ArchiveIssue i : g.issues()) {
                String issued = i.masthead() == null ? null
                        : i.masthead().published() != null ? i.masthead().published().toString() : i.masthead().year() + "-00";
                for (String id : i.documentIds()) {
                    gazetteOf.putIfAbsent(id, g.info().name());
                    if (issued != null) firstIssued.merge(id, issued, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        Map<String, List<String>> peopleOf = new HashMap<>();
        for (Person p : archive.people().persons()) {
            for (Appointment a : p.records()) {
                peopleOf.computeIfAbsent(a.docNumber(), k -> new ArrayList<>()).add(p.name());
            }
        }
        Map<String, String> issuedByNumber = new HashMap<>(); // a notice's 文号 → its first issue's date
        for (ArchiveDocument a : archive.documents().values()) {
            Document d = a.document();
            DocumentStatus status = archive.statuses().get(a.id());
            String number = d.number() != null ? d.number().normalized() : d.order() != null ? d.order().normalized() : null;
            SearchEntry entry = new SearchEntry("document", SitePaths.document(a.id()), d.title() == null ? a.id() : d.title(),
                    number, d.signed() == null ? null : d.signed().toString(), d.type(),
                    d.issuers().isEmpty() ? null : d.issuers().get(0), gazetteOf.get(a.id()),
                    d.signed() == null ? null : String.valueOf(d.signed().getYear()),
                    status == null ? null : status.state().label(), () -> body(d.body()));
            List<String> people = d.number() == null ? List.of() : peopleOf.getOrDefault(d.number().normalized(), List.of());
            candidates.add(new Candidate(entry, new String[] {
                    d.title(),
                    String.join(" ", nonNull(number, d.number() == null ? null : d.number().source(),
                            d.registration() == null ? null : d.registration().normalized(),
                            d.order() == null ? null : d.order().source())),
                    String.join(" ", people),
                    String.join(" ", d.issuers())}, length(d.body()), firstIssued.getOrDefault(a.id(), entry.date())));
            if (d.number() != null && firstIssued.containsKey(a.id())) issuedByNumber.put(d.number().normalized(), firstIssued.get(a.id()));
        }
        for (Person p : archive.people().persons()) {
            StringBuilder career = new StringBuilder();
            for (Appointment a : p.records()) {
                career.append(a.signed()).append(' ').append(a.action().label()).append(a.position()).append('。');
            }
            String text = career.toString();
            String since = p.records().stream()
                    .map(r -> issuedByNumber.getOrDefault(r.docNumber(), r.signed() == null ? null : r.signed().toString()))
                    .filter(Objects::nonNull).min(String::compareTo).orElse(null);
            Appointment last = p.records().get(p.records().size() - 1);
            candidates.add(new Candidate(new SearchEntry("person", SitePaths.person(p.id()), p.name(), null,
                    last.signed() == null ? null : last.signed().toString(), "人员", p.jurisdiction(), null,
                    last.signed() == null ? null : String.valueOf(last.signed().getYear()), null,
                    () -> new SearchEntry.Body(text, List.of())),
                    new String[] {p.name(), "", p.name(), p.jurisdiction()}, text.length(), since));
        }
        // Oldest first (by the first issue a document appeared in, else its date), so that a new
        // issue's documents and people come last and every older entry keeps its number (and its
        // text files their names) from one build to the next.
        candidates.sort(java.util.Comparator.comparing(Candidate::since, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(c -> c.entry().kind()).thenComparing(c -> c.entry().url()));
        List<SearchEntry> entries = candidates.stream().map(Candidate::entry).toList();
        return new SearchIndex(entries, new Bm25Postings().of(entries, candidates.stream().map(Candidate::fields).toList(),
                candidates.stream().mapToInt(Candidate::textLength).toArray(), analysed));
    }

    /**
     * An entry before it is numbered.
     *
     * @param fields     title, numbers, people named, issuers: all but the body, which is made again when it is analysed
     * @param textLength the length of the body's text
     * @param since      when the entry first appeared: a document's first issue, else its signing date; for a
     *                   person, the earliest of their notices' (the same dates): entries are numbered in this order
     */
    private record Candidate(SearchEntry entry, String[] fields, int textLength, String since) {
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private static SearchEntry.Body body(List<Block> blocks) {
        Flattened out = new Flattened(true);
        flatten(blocks, out);
        return new SearchEntry.Body(out.text.toString(), out.anchors);
    }

    /** The length of the body's text, without making it: the scores need every entry's length before any is analysed. */
    private static int length(List<Block> blocks) {
        Flattened out = new Flattened(false);
        flatten(blocks, out);
        return out.length;
    }

    /** A body flattened: its length, and its text and anchors when they are kept. */
    private static final class Flattened {
        final StringBuilder text;
        final List<SearchEntry.Anchor> anchors = new ArrayList<>();
        int length;

        Flattened(boolean keepText) {
            text = keepText ? new StringBuilder() : null;
        }

        void add(String s) {
            length += s.length();
            if (text != null) text.append(s);
        }

        void anchor(String id) {
            if (text != null) anchors.add(new SearchEntry.Anchor(length, id));
        }
    }

    /** The text of a block tree as one string (paragraphs on lines), noting where anchored parts start. */
    private static void flatten(List<Block> blocks, Flattened out) {
        for (Block b : blocks) {
            if (b instanceof Block.Division d) {
                if (d.anchor() != null) out.anchor(d.anchor());
                out.add(d.label());
                if (d.heading() != null) out.add(d.heading());
                out.add("\n");
                flatten(d.children(), out);
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text());
                out.add("\n");
            } else if (b instanceof Block.Heading h) {
                out.add(h.text());
                out.add("\n");
            } else if (b instanceof Block.Table t) {
                out.add(String.join(" ", t.header()));
                out.add("\n");
                t.rows().forEach(r -> {
                    out.add(String.join(" ", r));
                    out.add("\n");
                });
            } else if (b instanceof Block.Preformatted pre) {
                out.add(pre.text());
                out.add("\n");
            }
        }
    }
}
