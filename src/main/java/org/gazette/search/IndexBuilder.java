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
        List<SearchEntry> entries = new ArrayList<>();
        List<String[]> fieldTexts = new ArrayList<>();
        Map<String, String> gazetteOf = new HashMap<>();
        for (ArchiveGazette g : archive.gazettes()) {
            g.issues().forEach(i -> i.documentIds().forEach(id -> gazetteOf.putIfAbsent(id, g.info().name())));
        }
        Map<String, List<String>> peopleOf = new HashMap<>();
        for (Person p : archive.people().persons()) {
            for (Appointment a : p.records()) {
                peopleOf.computeIfAbsent(a.docNumber(), k -> new ArrayList<>()).add(p.name());
            }
        }
        for (ArchiveDocument a : archive.documents().values()) {
            Document d = a.document();
            StringBuilder text = new StringBuilder();
            List<SearchEntry.Anchor> anchors = new ArrayList<>();
            flatten(d.body(), text, anchors);
            String body = text.toString();
            DocumentStatus status = archive.statuses().get(a.id());
            String number = d.number() != null ? d.number().normalized() : d.order() != null ? d.order().normalized() : null;
            entries.add(new SearchEntry("document", SitePaths.document(a.id()), d.title() == null ? a.id() : d.title(), number,
                    d.signed() == null ? null : d.signed().toString(), d.type(),
                    d.issuers().isEmpty() ? null : d.issuers().get(0), gazetteOf.get(a.id()),
                    d.signed() == null ? null : String.valueOf(d.signed().getYear()),
                    status == null ? null : status.state().label(), body, anchors));
            List<String> people = d.number() == null ? List.of() : peopleOf.getOrDefault(d.number().normalized(), List.of());
            fieldTexts.add(new String[] {
                    d.title(),
                    String.join(" ", nonNull(number, d.number() == null ? null : d.number().source(),
                            d.registration() == null ? null : d.registration().normalized(),
                            d.order() == null ? null : d.order().source())),
                    String.join(" ", people),
                    String.join(" ", d.issuers()),
                    body});
        }
        for (Person p : archive.people().persons()) {
            StringBuilder career = new StringBuilder();
            for (Appointment a : p.records()) {
                career.append(a.signed()).append(' ').append(a.action().label()).append(a.position()).append('。');
            }
            Appointment last = p.records().get(p.records().size() - 1);
            entries.add(new SearchEntry("person", SitePaths.person(p.id()), p.name(), null,
                    last.signed() == null ? null : last.signed().toString(), "人员", p.jurisdiction(), null,
                    last.signed() == null ? null : String.valueOf(last.signed().getYear()), null, career.toString(), List.of()));
            fieldTexts.add(new String[] {p.name(), "", p.name(), p.jurisdiction(), career.toString()});
        }
        return new SearchIndex(entries, postings(fieldTexts));
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    /**
     * BM25F: field term frequencies weighted and length-normalised, then saturated once. The texts
     * are analysed once, on all cores; each entry keeps only its distinct terms with their field
     * frequencies (compact arrays), and the scores are computed when the averages are known.
     */
    private Map<String, int[]> postings(List<String[]> fieldTexts) {
        int n = fieldTexts.size();
        // Terms get numbers as the threads meet them; only the final map (sorted by term) is output.
        java.util.concurrent.ConcurrentHashMap<String, Integer> ids = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Analysed> analysed = java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(e -> analyse(fieldTexts.get(e), term -> ids.computeIfAbsent(term, t -> next.getAndIncrement())))
                .toList();
        double[] average = new double[FIELDS.length];
        int[] df = new int[next.get()];
        for (Analysed a : analysed) {
            for (int f = 0; f < FIELDS.length; f++) average[f] += a.lengths[f];
            for (int t : a.terms) df[t]++;
        }
        for (int f = 0; f < FIELDS.length; f++) average[f] = Math.max(1, average[f] / Math.max(1, n));
        Postings[] lists = new Postings[df.length];
        for (int e = 0; e < n; e++) {
            Analysed a = analysed.get(e);
            for (int k = 0; k < a.terms.length; k++) {
                double weighted = 0;
                for (int f = 0; f < FIELDS.length; f++) {
                    int count = a.tf[k * FIELDS.length + f];
                    if (count > 0) weighted += BOOST[f] * count / (1 - B + B * a.lengths[f] / average[f]);
                }
                int docs = df[a.terms[k]];
                double idf = Math.log(1 + (n - docs + 0.5) / (docs + 0.5));
                int score = (int) Math.round(SearchIndex.SCALE * idf * weighted * (K1 + 1) / (weighted + K1));
                if (lists[a.terms[k]] == null) lists[a.terms[k]] = new Postings();
                lists[a.terms[k]].add(e, Math.max(score, 1), a.segments[k]);
            }
        }
        Map<String, int[]> postings = new TreeMap<>();
        ids.forEach((term, id) -> postings.put(term, lists[id].best(MAX_POSTINGS)));
        return postings;
    }

    /** One entry analysed: its distinct terms, their frequency per field, the segment of their first body occurrence. */
    private record Analysed(int[] terms, char[] tf, char[] segments, int[] lengths) {
    }

    private Analysed analyse(String[] fields, java.util.function.ToIntFunction<String> idOf) {
        Map<String, Integer> index = new HashMap<>();
        List<Integer> terms = new ArrayList<>();
        StringBuilder tf = new StringBuilder();
        StringBuilder segments = new StringBuilder();
        int[] lengths = new int[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            int field = f;
            lengths[f] = analyzer.forEachToken(fields[f], (term, offset) -> {
                Integer k = index.get(term);
                if (k == null) {
                    k = terms.size();
                    index.put(term, k);
                    terms.add(idOf.applyAsInt(term));
                    for (int i = 0; i < FIELDS.length; i++) tf.append((char) 0);
                    segments.append((char) (field == BODY ? Math.min(offset / SearchIndex.SEGMENT, Character.MAX_VALUE - 1) : 0xFFFF));
                } else if (field == BODY && segments.charAt(k) == 0xFFFF) {
                    segments.setCharAt(k, (char) Math.min(offset / SearchIndex.SEGMENT, Character.MAX_VALUE - 1));
                }
                int at = k * FIELDS.length + field;
                if (tf.charAt(at) < Character.MAX_VALUE) tf.setCharAt(at, (char) (tf.charAt(at) + 1));
            });
        }
        char[] segs = segments.toString().toCharArray();
        for (int i = 0; i < segs.length; i++) if (segs[i] == 0xFFFF) segs[i] = 0;
        return new Analysed(terms.stream().mapToInt(Integer::intValue).toArray(), tf.toString().toCharArray(), segs, lengths);
    }

    /** A growable list of (entry, score, segment) triples in one int array. */
    private static final class Postings {
        private static final int W = SearchIndex.STRIDE;
        private int[] triples = new int[W * 2];
        private int size;

        void add(int entry, int score, int segment) {
            if (size + W > triples.length) triples = Arrays.copyOf(triples, triples.length * 2);
            triples[size++] = entry;
            triples[size++] = score;
            triples[size++] = segment;
        }

        /** The best {@code max} triples, highest score first (ties: lower entry first, as added), flattened. */
        int[] best(int max) {
            int count = size / W;
            long[] order = new long[count];
            for (int i = 0; i < count; i++) order[i] = ((long) (Integer.MAX_VALUE - triples[W * i + 1]) << 32) | i;
            Arrays.sort(order);
            int kept = Math.min(count, max);
            int[] out = new int[kept * W];
            for (int i = 0; i < kept; i++) System.arraycopy(triples, W * (int) (order[i] & 0xFFFFFFFFL), out, W * i, W);
            return out;
        }
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
