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
    public static final int MAX_POSTINGS = 500;
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
     * BM25F: field term frequencies weighted and length-normalised, then saturated once. Two passes
     * over the texts (the first counts lengths and document frequencies, the second scores), so
     * that memory holds the postings and not every entry's term frequencies.
     */
    private Map<String, int[]> postings(List<String[]> fieldTexts) {
        int n = fieldTexts.size();
        double[] totals = new double[FIELDS.length];
        Map<String, int[]> df = new HashMap<>();
        for (String[] fields : fieldTexts) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int f = 0; f < FIELDS.length; f++) {
                List<String> tokens = analyzer.tokens(fields[f]);
                totals[f] += tokens.size();
                seen.addAll(tokens);
            }
            for (String t : seen) df.computeIfAbsent(t, k -> new int[1])[0]++;
        }
        double[] average = new double[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) average[f] = Math.max(1, totals[f] / Math.max(1, n));
        Map<String, Postings> lists = new HashMap<>();
        for (int e = 0; e < n; e++) {
            Map<String, double[]> tf = new HashMap<>();
            Map<String, Integer> firstInBody = new HashMap<>();
            double[] lengths = new double[FIELDS.length];
            for (int f = 0; f < FIELDS.length; f++) {
                List<SearchAnalyzer.Token> tokens = analyzer.tokensWithOffsets(fieldTexts.get(e)[f]);
                lengths[f] = tokens.size();
                for (SearchAnalyzer.Token t : tokens) {
                    tf.computeIfAbsent(t.term(), k -> new double[FIELDS.length])[f]++;
                    if (f == BODY) firstInBody.putIfAbsent(t.term(), t.offset());
                }
            }
            for (Map.Entry<String, double[]> t : tf.entrySet()) {
                double weighted = 0;
                for (int f = 0; f < FIELDS.length; f++) {
                    double count = t.getValue()[f];
                    if (count > 0) weighted += BOOST[f] * count / (1 - B + B * lengths[f] / average[f]);
                }
                int docs = df.get(t.getKey())[0];
                double idf = Math.log(1 + (n - docs + 0.5) / (docs + 0.5));
                int score = (int) Math.round(SearchIndex.SCALE * idf * weighted * (K1 + 1) / (weighted + K1));
                lists.computeIfAbsent(t.getKey(), k -> new Postings())
                        .add(e, Math.max(score, 1), firstInBody.getOrDefault(t.getKey(), 0) / SearchIndex.SEGMENT);
            }
        }
        Map<String, int[]> postings = new TreeMap<>();
        lists.forEach((term, list) -> postings.put(term, list.best(MAX_POSTINGS)));
        return postings;
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

        /** The best {@code max} triples, highest score first (ties: lower entry first), flattened. */
        int[] best(int max) {
            Integer[] order = new Integer[size / W];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> triples[W * x + 1] != triples[W * y + 1]
                    ? Integer.compare(triples[W * y + 1], triples[W * x + 1]) : Integer.compare(triples[W * x], triples[W * y]));
            int kept = Math.min(order.length, max);
            int[] out = new int[kept * W];
            for (int i = 0; i < kept; i++) System.arraycopy(triples, W * order[i], out, W * i, W);
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
