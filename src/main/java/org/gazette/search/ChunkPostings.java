package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the analysis of one chunk of entries found: per term, its counts in the entry being
 * analysed, and the chunk's postings. In flat arrays indexed by {@linkplain TermIds term number},
 * not in an object per term: a token costs a probe of the term table and writes into arrays that
 * stay in the processor's cache, where an object per term (and its arrays) had every token read
 * memory far apart, and made millions of short-lived objects per build.
 */
final class ChunkPostings {

    /** Weighs a term in an entry from its counts per field, {@code counts[from, from + fields)}. */
    interface Weight {
        int of(int[] counts, int from);
    }

    private final int fields;
    private final TermIds terms;
    /** Per term: the entry it was last counted in (-1: none yet), its first body segment there (-1: none), its count per field there. */
    private int[] lastEntry;
    private int[] firstSegment;
    private int[] counts;
    /** The terms of the entry being analysed, in the order first met. */
    private int[] touched = new int[1024];
    private int touchedSize;
    private int entry = -1;
    /** The chunk's postings so far, in the order their entries were analysed. */
    private int[] term = new int[4096];
    private int[] postingEntry = new int[4096];
    private int[] weight = new int[4096];
    private int[] segment = new int[4096];
    private int size;

    /** @param expectedTerms about how many distinct terms the chunk holds */
    ChunkPostings(int fields, int expectedTerms) {
        this.fields = fields;
        this.terms = new TermIds(expectedTerms);
        lastEntry = filled(expectedTerms);
        firstSegment = new int[expectedTerms];
        counts = new int[expectedTerms * fields];
    }

    /** Starts counting an entry's terms; entries are opened one after the other, never twice. */
    void open(int entry) {
        this.entry = entry;
        touchedSize = 0;
    }

    /**
     * Counts a token of the entry being analysed: the term in {@code buffer[0, length)}, found in a
     * field, in a segment of the body (-1 for the other fields).
     */
    void count(char[] buffer, int length, int field, int bodySegment) {
        int t = terms.id(buffer, length);
        if (t == lastEntry.length) grow();
        if (lastEntry[t] != entry) {
            lastEntry[t] = entry;
            firstSegment[t] = -1;
            Arrays.fill(counts, t * fields, t * fields + fields, 0);
            if (touchedSize == touched.length) touched = Arrays.copyOf(touched, touchedSize * 2);
            touched[touchedSize++] = t;
        }
        counts[t * fields + field]++;
        if (bodySegment >= 0 && firstSegment[t] < 0) firstSegment[t] = Math.min(bodySegment, Character.MAX_VALUE - 1);
    }

    /** Ends the entry being analysed: a posting for each of its terms, weighed from its counts. */
    void close(Weight weigh) {
        if (size + touchedSize > term.length) {
            int grown = Math.max(term.length * 2, size + touchedSize);
            term = Arrays.copyOf(term, grown);
            postingEntry = Arrays.copyOf(postingEntry, grown);
            weight = Arrays.copyOf(weight, grown);
            segment = Arrays.copyOf(segment, grown);
        }
        for (int i = 0; i < touchedSize; i++) {
            int t = touched[i];
            term[size] = t;
            postingEntry[size] = entry;
            weight[size] = weigh.of(counts, t * fields);
            segment[size] = Math.max(0, firstSegment[t]);
            size++;
        }
    }

    /** The terms of the entry being analysed (or last closed), sorted. */
    List<String> entryTerms() {
        List<String> out = new ArrayList<>(touchedSize);
        for (int i = 0; i < touchedSize; i++) out.add(terms.term(touched[i]));
        out.sort(null);
        return out;
    }

    /** Receives the chunk's postings of one term: {@code [from, to)} of the arrays given. */
    interface TermSink {
        void accept(String term, int[] entries, int[] weights, int[] segments, int from, int to);
    }

    /** Passes each term's postings, grouped (a counting sort by term number), in the order the entries were analysed. */
    void forEachTerm(TermSink sink) {
        int[] start = new int[terms.size() + 1];
        for (int i = 0; i < size; i++) start[term[i] + 1]++;
        for (int t = 0; t < terms.size(); t++) start[t + 1] += start[t];
        int[] next = Arrays.copyOf(start, terms.size());
        int[] entries = new int[size];
        int[] weights = new int[size];
        int[] segments = new int[size];
        for (int i = 0; i < size; i++) {
            int at = next[term[i]]++;
            entries[at] = postingEntry[i];
            weights[at] = weight[i];
            segments[at] = segment[i];
        }
        for (int t = 0; t < terms.size(); t++) {
            if (start[t] < start[t + 1]) sink.accept(terms.term(t), entries, weights, segments, start[t], start[t + 1]);
        }
    }

    private void grow() {
        int grown = lastEntry.length * 2;
        int[] last = filled(grown);
        System.arraycopy(lastEntry, 0, last, 0, lastEntry.length);
        lastEntry = last;
        firstSegment = Arrays.copyOf(firstSegment, grown);
        counts = Arrays.copyOf(counts, grown * fields);
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, -1);
        return a;
    }
}
