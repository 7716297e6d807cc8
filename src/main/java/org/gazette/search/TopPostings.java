package org.gazette.search;

import java.util.Arrays;

/**
 * A term's document frequency and its best postings, gathered as they come: at most {@code kept}
 * are kept, by {@link TermPostings#before} (weight, then age; a total order over one term's
 * postings, as no entry posts a term twice, so the postings kept do not depend on the order they
 * came in).
 *
 * <p>Kept in a buffer a little longer than that, not in a heap: once the buffer has been cut to
 * the best {@code kept}, a posting that does not beat the worst of them is only counted, and one
 * that does is appended; when the buffer is full it is cut again, in place (a selection, linear).
 * A common term met in thousands of entries costs a comparison per posting and a few per posting
 * that entered, where a heap sifted every entering posting down its nine levels (a sixth of the
 * index's time in a full build). The slack is small because the buffers of all terms are held at
 * once, at the build's peak of memory (twice {@code kept} took 200 MB more at 20,000 documents).
 */
final class TopPostings {
    /** How many postings past {@code kept} the buffer takes before it is cut again. */
    static final int SLACK = 64;

    private final int kept;
    private int df;
    private int size;
    private int[] entries = new int[2];
    private int[] weights = new int[2];
    private int[] segments = new int[2];
    /** Whether the buffer has been cut: then {@code worstWeight} and {@code worstEntry} are those of the worst posting kept. */
    private boolean cut;
    private int worstWeight;
    private int worstEntry;

    /** @param kept how many postings to keep: at least one, and with the slack no more than a sort key has places for */
    TopPostings(int kept) {
        if (kept < 1 || kept + SLACK > PLACE + 1) throw new IllegalArgumentException("cannot keep " + kept + " postings");
        this.kept = kept;
    }

    /** Adds the postings {@code [from, to)} of the arrays given, each entry by its age. */
    synchronized void addAll(int[] entries, int[] weights, int[] segments, int from, int to) {
        for (int i = from; i < to; i++) add(entries[i], weights[i], segments[i]);
    }

    private void add(int entry, int weight, int segment) {
        df++;
        if (cut && !TermPostings.before(weight, entry, worstWeight, worstEntry)) return;
        if (size == entries.length) {
            if (size == kept + SLACK) {
                cutToKept();
                if (!TermPostings.before(weight, entry, worstWeight, worstEntry)) return;
            } else {
                int grown = Math.min(kept + SLACK, size * 2);
                entries = Arrays.copyOf(entries, grown);
                weights = Arrays.copyOf(weights, grown);
                segments = Arrays.copyOf(segments, grown);
            }
        }
        entries[size] = entry;
        weights[size] = weight;
        segments[size] = segment;
        size++;
    }

    /** Keeps the best {@code kept} postings, in no order, and notes the worst of them. */
    private void cutToKept() {
        select(kept - 1);
        size = kept;
        cut = true;
        worstWeight = weights[kept - 1];
        worstEntry = entries[kept - 1];
    }

    /**
     * Puts the {@code k}-th best posting at {@code k}, better ones before it and worse ones after
     * (Hoare's selection, the pivot a median of three).
     */
    private void select(int k) {
        int lo = 0;
        int hi = size - 1;
        while (hi > lo) {
            int p = medianOfThree(lo, (lo + hi) >>> 1, hi);
            int pw = weights[p];
            int pe = entries[p];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (TermPostings.before(weights[i], entries[i], pw, pe)) i++;
                while (TermPostings.before(pw, pe, weights[j], entries[j])) j--;
                if (i <= j) swap(i++, j--);
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    /** The place of the middle one of three postings. */
    private int medianOfThree(int a, int b, int c) {
        int best = better(a, b) ? a : b;
        int other = best == a ? b : a;
        if (!better(c, other)) return other; // best, other, c
        return better(c, best) ? best : c;
    }

    private boolean better(int a, int b) {
        return TermPostings.before(weights[a], entries[a], weights[b], entries[b]);
    }

    private void swap(int a, int b) {
        int e = entries[a];
        entries[a] = entries[b];
        entries[b] = e;
        int w = weights[a];
        weights[a] = weights[b];
        weights[b] = w;
        int s = segments[a];
        segments[a] = segments[b];
        segments[b] = s;
    }

    /** The postings kept, best first, each entry given by its number. */
    TermPostings sorted(int[] numbersByAge) {
        if (size > kept) cutToKept();
        // Sorted as primitive keys (weight descending, then age, then place): one long per posting
        // instead of a boxed index and a comparator per comparison.
        long[] order = new long[size];
        for (int i = 0; i < size; i++) order[i] = (MAX_WEIGHT - weights[i]) << 42 | (long) entries[i] << 11 | i;
        Arrays.sort(order);
        int[] out = new int[size * SearchIndex.STRIDE];
        for (int k = 0; k < size; k++) {
            int i = (int) (order[k] & PLACE);
            out[k * SearchIndex.STRIDE] = numbersByAge[entries[i]];
            out[k * SearchIndex.STRIDE + 1] = weights[i];
            out[k * SearchIndex.STRIDE + 2] = segments[i];
        }
        return new TermPostings(df, out);
    }

    /** Weights below 2<sup>21</sup>, ages below 2<sup>31</sup>, places below 2<sup>11</sup>: one sort key of 63 bits. */
    private static final long MAX_WEIGHT = (1 << 21) - 1;
    private static final int PLACE = (1 << 11) - 1;
}
