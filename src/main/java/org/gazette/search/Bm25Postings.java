package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The postings of the search index: every entry's fields analysed (title and numbers above the
 * people named, above issuers, above the body), each term's score per entry computed with BM25F,
 * and each term's best {@link IndexBuilder#MAX_POSTINGS} entries kept.
 */
final class Bm25Postings {

    private static final String[] FIELDS = {"title", "number", "people", "issuer", "body"};
    private static final double[] BOOST = {3.0, 3.0, 2.5, 1.5, 1.0};
    private static final int BODY = 4;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    /**
     * BM25F: field term frequencies weighted and length-normalised, then saturated once; times the
     * term's idf. Lengths are counted in characters (a CJK text has about one bigram per character),
     * so the averages are known before any text is analysed, and each entry's weights can be
     * computed as soon as it is analysed. The idf is the same for every entry of a term, so a
     * term's best entries are the ones with the highest weights: each term keeps only those, and
     * memory grows with the index that is written, not with the archive's text. Entries are
     * analysed on all cores; the result does not depend on their order.
     *
     * @param textLengths each entry's {@link SearchEntry#text()} length, known without making the text
     */
    Map<String, int[]> of(List<SearchEntry> entries, List<String[]> fields, int[] textLengths, Runnable analysed) {
        int n = entries.size();
        double[] average = new double[FIELDS.length];
        int[][] lengths = new int[n][];
        for (int e = 0; e < n; e++) {
            int[] l = new int[FIELDS.length];
            for (int f = 0; f < BODY; f++) l[f] = fields.get(e)[f] == null ? 0 : fields.get(e)[f].length();
            l[BODY] = textLengths[e];
            lengths[e] = l;
        }
        for (int[] l : lengths) for (int f = 0; f < FIELDS.length; f++) average[f] += l[f];
        for (int f = 0; f < FIELDS.length; f++) average[f] = Math.max(1, average[f] / Math.max(1, n));

        ConcurrentHashMap<String, TopPostings> terms = new ConcurrentHashMap<>();
        // Entries in chunks, each gathered locally and merged once per term: one lock per term and
        // chunk instead of one per term and entry (common terms are wanted by every thread at once).
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            // Looked up by the analyser's own buffer: a string is made once per term and chunk, not per token.
            TermTable<ChunkPostings> chunk = new TermTable<>(CHUNK * 512); // about the terms of a chunk of documents
            List<ChunkPostings> created = new ArrayList<>();
            Function<String, ChunkPostings> create = term -> {
                ChunkPostings p = new ChunkPostings(term);
                created.add(p);
                return p;
            };
            List<ChunkPostings> touched = new ArrayList<>();
            for (int e = c * CHUNK; e < Math.min(n, (c + 1) * CHUNK); e++) {
                int entry = e;
                touched.clear();
                String text = entries.get(e).text();
                assert text.length() == textLengths[e] : "the length given for entry " + e + " is not its text's";
                for (int f = 0; f < FIELDS.length; f++) {
                    int field = f;
                    analyzer.forEachToken(f == BODY ? text : fields.get(e)[f], (term, length, offset) -> {
                        ChunkPostings p = chunk.get(term, length, create);
                        if (p.open(entry)) touched.add(p);
                        p.count(field, field == BODY ? offset / SearchIndex.SEGMENT : -1);
                    });
                }
                for (ChunkPostings p : touched) p.close(weight(p.counts, lengths[e], average));
                analysed.run();
            }
            for (ChunkPostings p : created) terms.computeIfAbsent(p.term, t -> new TopPostings()).addAll(p);
        });
        // Each term's heap let go of as soon as it is scored, on all cores: both at once would double
        // the index's memory. No order: the files group terms by shard and sort them there.
        Map<String, int[]> postings = new ConcurrentHashMap<>(terms.size());
        List.copyOf(terms.keySet()).parallelStream().forEach(term -> postings.put(term, terms.remove(term).scored(n)));
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
     * A term's document frequency and its {@link #IndexBuilder.MAX_POSTINGS} best entries so far, as a min-heap
     * (the worst kept entry on top) once full. "Better" is a higher weight, then a lower entry
     * number: a total order, so the entries kept do not depend on the order they came in.
     */
    private static final class TopPostings {
        /**
         * Scores fit in 22 bits (the best possible is about SCALE × 10 × (K1 + 1)), entries in 32, a
         * posting's place in the heap in 9 (MAX_POSTINGS ≤ 512): one sort key of 63 bits.
         */
        private static final long MAX_SCORE = (1 << 22) - 1;
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
            if (size < IndexBuilder.MAX_POSTINGS) {
                if (size == entries.length) {
                    int grown = Math.min(IndexBuilder.MAX_POSTINGS, size * 2);
                    entries = Arrays.copyOf(entries, grown);
                    weights = Arrays.copyOf(weights, grown);
                    segments = Arrays.copyOf(segments, grown);
                }
                entries[size] = entry;
                weights[size] = weight;
                segments[size] = segment;
                if (++size == IndexBuilder.MAX_POSTINGS) for (int i = size / 2 - 1; i >= 0; i--) siftDown(i);
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
            // Sorted as primitive keys (score descending, then entry, then where it is kept): one
            // long per posting instead of a boxed index and a comparator per comparison.
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                long score = Math.min(MAX_SCORE, Math.max(1, Math.round(SearchIndex.SCALE * idf * weights[i])));
                order[i] = (MAX_SCORE - score) << 41 | (long) entries[i] << 9 | i;
            }
            Arrays.sort(order);
            int[] out = new int[size * SearchIndex.STRIDE];
            for (int k = 0; k < size; k++) {
                int i = (int) (order[k] & 511);
                out[k * SearchIndex.STRIDE] = entries[i];
                out[k * SearchIndex.STRIDE + 1] = (int) (MAX_SCORE - (order[k] >>> 41));
                out[k * SearchIndex.STRIDE + 2] = segments[i];
            }
            return out;
        }
    }
}
