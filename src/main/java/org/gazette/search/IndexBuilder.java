package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    private static final String[] FIELDS = {"title", "number", "people", "issuer", "body"};
    private static final double[] BOOST = {3.0, 3.0, 2.5, 1.5, 1.0};
    private static final int BODY = 4;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    public SearchIndex build(Archive archive) {
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
                    String.join(" ", d.issuers())}, firstIssued.getOrDefault(a.id(), entry.date())));
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
                    new String[] {p.name(), "", p.name(), p.jurisdiction()}, since));
        }
        // Oldest first (by the first issue a document appeared in, else its date), so that a new
        // issue's documents and people come last and every older entry keeps its number (and its
        // text files their names) from one build to the next.
        candidates.sort(java.util.Comparator.comparing(Candidate::since, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(c -> c.entry().kind()).thenComparing(c -> c.entry().url()));
        List<SearchEntry> entries = candidates.stream().map(Candidate::entry).toList();
        return new SearchIndex(entries, postings(entries, candidates.stream().map(Candidate::fields).toList()));
    }

    /**
     * An entry before it is numbered.
     *
     * @param fields all but the body, which is made again when it is analysed
     * @param since  when the entry first appeared: a document's first issue, else its signing date; for a
     *               person, the earliest of their notices' (the same dates): entries are numbered in this order
     */
    private record Candidate(SearchEntry entry, String[] fields, String since) {
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    /**
     * BM25F: field term frequencies weighted and length-normalised, then saturated once; times the
     * term's idf. Lengths are counted in characters (a CJK text has about one bigram per character),
     * so the averages are known before any text is analysed, and each entry's weights can be
     * computed as soon as it is analysed. The idf is the same for every entry of a term, so a
     * term's best entries are the ones with the highest weights: each term keeps only those, and
     * memory grows with the index that is written, not with the archive's text. Entries are
     * analysed on all cores; the result does not depend on their order.
     */
    private Map<String, int[]> postings(List<SearchEntry> entries, List<String[]> fields) {
        int n = entries.size();
        double[] average = new double[FIELDS.length];
        int[][] lengths = new int[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(e -> {
            int[] l = new int[FIELDS.length];
            for (int f = 0; f < BODY; f++) l[f] = fields.get(e)[f] == null ? 0 : fields.get(e)[f].length();
            l[BODY] = entries.get(e).text().length();
            lengths[e] = l;
        });
        for (int[] l : lengths) for (int f = 0; f < FIELDS.length; f++) average[f] += l[f];
        for (int f = 0; f < FIELDS.length; f++) average[f] = Math.max(1, average[f] / Math.max(1, n));

        java.util.concurrent.ConcurrentHashMap<String, TopPostings> terms = new java.util.concurrent.ConcurrentHashMap<>();
        // Entries in chunks, each gathered locally and merged once per term: one lock per term and
        // chunk instead of one per term and entry (common terms are wanted by every thread at once).
        java.util.stream.IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            // Looked up by the analyser's own buffer: a string is made once per term and chunk, not per token.
            org.apache.lucene.analysis.CharArrayMap<ChunkPostings> chunk = new org.apache.lucene.analysis.CharArrayMap<>(4096, false);
            List<ChunkPostings> created = new ArrayList<>();
            List<ChunkPostings> touched = new ArrayList<>();
            for (int e = c * CHUNK; e < Math.min(n, (c + 1) * CHUNK); e++) {
                int entry = e;
                touched.clear();
                for (int f = 0; f < FIELDS.length; f++) {
                    int field = f;
                    analyzer.forEachToken(f == BODY ? entries.get(e).text() : fields.get(e)[f], (term, length, offset) -> {
                        ChunkPostings p = chunk.get(term, 0, length);
                        if (p == null) {
                            p = new ChunkPostings(new String(term, 0, length));
                            chunk.put(p.term, p);
                            created.add(p);
                        }
                        if (p.open(entry)) touched.add(p);
                        p.count(field, field == BODY ? offset / SearchIndex.SEGMENT : -1);
                    });
                }
                for (ChunkPostings p : touched) p.close(weight(p.counts, lengths[e], average));
            }
            for (ChunkPostings p : created) terms.computeIfAbsent(p.term, t -> new TopPostings()).addAll(p);
        });
        Map<String, int[]> postings = new TreeMap<>();
        terms.forEach((term, top) -> postings.put(term, top.scored(n)));
        return postings;
    }

    private static final int CHUNK = 64;

    /** BM25F's saturated weight of a term in an entry, from its count per field (idf apart). */
    private static float weight(int[] counts, int[] lengths, double[] average) {
        double weighted = 0;
        for (int f = 0; f < FIELDS.length; f++) {
            if (counts[f] > 0) weighted += BOOST[f] * counts[f] / (1 - B + B * lengths[f] / average[f]);
        }
        return (float) (weighted * (K1 + 1) / (weighted + K1));
    }

    /** A term's postings within one chunk of entries, and its counts in the entry being analysed. */
    private static final class ChunkPostings {
        final String term;
        final int[] counts = new int[FIELDS.length];
        private int current = -1;
        private int segment;
        private int size;
        private int[] entries = new int[1];
        private float[] weights = new float[1];
        private int[] segments = new int[1];

        ChunkPostings(String term) {
            this.term = term;
        }

        /** Starts counting for an entry; true when the term is new in it. */
        boolean open(int entry) {
            if (entry == current) return false;
            current = entry;
            Arrays.fill(counts, 0);
            segment = -1;
            return true;
        }

        void count(int field, int bodySegment) {
            counts[field]++;
            if (bodySegment >= 0 && segment < 0) segment = Math.min(bodySegment, Character.MAX_VALUE - 1);
        }

        void close(float weight) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
                segments = Arrays.copyOf(segments, size * 2);
            }
            entries[size] = current;
            weights[size] = weight;
            segments[size] = Math.max(0, segment);
            size++;
        }
    }

    /**
     * A term's document frequency and its {@link #MAX_POSTINGS} best entries so far, as a min-heap
     * (the worst kept entry on top) once full. "Better" is a higher weight, then a lower entry
     * number: a total order, so the entries kept do not depend on the order they came in.
     */
    private static final class TopPostings {
        private int df;
        private int size;
        private int[] entries = new int[2];
        private float[] weights = new float[2];
        private int[] segments = new int[2];

        synchronized void addAll(ChunkPostings chunk) {
            for (int i = 0; i < chunk.size; i++) add(chunk.entries[i], chunk.weights[i], chunk.segments[i]);
        }

        private void add(int entry, float weight, int segment) {
            df++;
            if (size < MAX_POSTINGS) {
                if (size == entries.length) {
                    int grown = Math.min(MAX_POSTINGS, size * 2);
                    entries = Arrays.copyOf(entries, grown);
                    weights = Arrays.copyOf(weights, grown);
                    segments = Arrays.copyOf(segments, grown);
                }
                entries[size] = entry;
                weights[size] = weight;
                segments[size] = segment;
                if (++size == MAX_POSTINGS) for (int i = size / 2 - 1; i >= 0; i--) siftDown(i);
            } else if (worse(0, weight, entry)) {
                entries[0] = entry;
                weights[0] = weight;
                segments[0] = segment;
                siftDown(0);
            }
        }

        /** Whether the kept entry at {@code i} is worse than (entry, weight). */
        private boolean worse(int i, float weight, int entry) {
            return weights[i] < weight || (weights[i] == weight && entries[i] > entry);
        }

        private void siftDown(int i) {
            while (true) {
                int worst = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (worse(child, weights[worst], entries[worst])) worst = child;
                }
                if (worst == i) return;
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int e = entries[a];
            entries[a] = entries[b];
            entries[b] = e;
            float w = weights[a];
            weights[a] = weights[b];
            weights[b] = w;
            int s = segments[a];
            segments[a] = segments[b];
            segments[b] = s;
        }

        /** [entry, score, segment, …], highest score first (ties: lower entry first). */
        int[] scored(int n) {
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            int[] score = new int[size];
            for (int i = 0; i < size; i++) score[i] = Math.max(1, (int) Math.round(SearchIndex.SCALE * idf * weights[i]));
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> score[a] != score[b] ? Integer.compare(score[b], score[a])
                    : Integer.compare(entries[a], entries[b]));
            int[] out = new int[size * SearchIndex.STRIDE];
            for (int k = 0; k < size; k++) {
                out[k * SearchIndex.STRIDE] = entries[order[k]];
                out[k * SearchIndex.STRIDE + 1] = score[order[k]];
                out[k * SearchIndex.STRIDE + 2] = segments[order[k]];
            }
            return out;
        }
    }

    private static SearchEntry.Body body(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<SearchEntry.Anchor> anchors = new ArrayList<>();
        flatten(blocks, text, anchors);
        return new SearchEntry.Body(text.toString(), anchors);
    }

    /** The text of a block tree as one string (paragraphs on lines), noting where anchored parts start. */
    private static void flatten(List<Block> blocks, StringBuilder out, List<SearchEntry.Anchor> anchors) {
        for (Block b : blocks) {
            if (b instanceof Block.Division d) {
                if (d.anchor() != null) anchors.add(new SearchEntry.Anchor(out.length(), d.anchor()));
                out.append(d.label());
                if (d.heading() != null) out.append(d.heading());
                out.append('\n');
                flatten(d.children(), out, anchors);
            } else if (b instanceof Block.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (b instanceof Block.Heading h) {
                out.append(h.text()).append('\n');
            } else if (b instanceof Block.Table t) {
                out.append(String.join(" ", t.header())).append('\n');
                t.rows().forEach(r -> out.append(String.join(" ", r)).append('\n'));
            } else if (b instanceof Block.Preformatted pre) {
                out.append(pre.text()).append('\n');
            }
        }
    }
}
