package org.gazette.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The search index: the entries and, per term, its document frequency and its best entries with
 * their BM25F weights, computed at build time. A query's score for an entry is the sum, over the
 * query's terms, of the term's {@linkplain #idf idf} times its weight in the entry.
 *
 * @param entries  in the order of their numbers
 * @param numbers  each entry's number, ascending ({@link StableNumbers}): what postings refer to, and what its text files are named by
 * @param postings term → its document frequency and best entries ({@link TermPostings}), by number
 * @param texts    each entry's text as its files need it, in the order of the entries
 */
public record SearchIndex(List<SearchEntry> entries, int[] numbers, Map<String, TermPostings> postings, List<EntryText> texts) {

    /** Weights are stored as integers: the weight times this; idfs are used likewise. */
    public static final int SCALE = 1000;
    /** How many integers a posting takes. */
    public static final int STRIDE = 3;
    /** The length of the text pieces a result loads for its snippet. */
    public static final int SEGMENT = 600;

    /** The entry with this number. */
    public SearchEntry entry(int number) {
        int at = Arrays.binarySearch(numbers, number);
        if (at < 0) throw new IllegalArgumentException("no entry numbered " + number);
        return entries.get(at);
    }

    /**
     * A term's idf times {@link #SCALE}, as an integer: BM25's {@code ln(1 + (n − df + 0.5) / (df + 0.5))}.
     * Computed where the query runs (here and in {@code search.js}, with the same fdlibm logarithm),
     * not stored with the weights: a new entry changes every term's idf, and then only the shards
     * of its own terms need rewriting.
     */
    public static int idf(int df, int entries) {
        double d = Math.min(df, entries);
        return (int) Math.round(SCALE * StrictMath.log(1 + (entries - d + 0.5) / (d + 0.5)));
    }

    /**
     * A term's document frequency as the shards give it and the idf is computed from: exact up to
     * 100, then to two significant digits (1,234 → 1,200). A new issue adds a few entries to many
     * common terms; rounded, their frequency mostly stays what it was, and so do their shards, which
     * are then not rewritten and uploaded again. The idf barely moves (1,200 or 1,234 among 20,000
     * entries: 2.81 or 2.79).
     */
    public static int publishedDf(int df) {
        if (df <= 100) return df;
        int unit = 1;
        while (df / unit >= 100) unit *= 10;
        return (int) Math.round((double) df / unit) * unit;
    }

    /**
     * What an entry's text files are made from, known without making the text.
     *
     * @param fingerprint the entry's fields, text and anchors: an unchanged entry's text files are kept as they are
     * @param length      the text's length
     */
    public record EntryText(String fingerprint, int length) {

        /** How many {@link #SEGMENT}-character pieces the text is written in (at least one). */
        public int pieces() {
            return pieces(length);
        }

        static int pieces(int length) {
            return Math.max(1, (length + SEGMENT - 1) / SEGMENT);
        }
    }
}
