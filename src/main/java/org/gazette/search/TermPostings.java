package org.gazette.search;

/**
 * A term's postings: how many entries hold it (its document frequency, 文档频率) and its best
 * entries, best first — a higher weight, then the older entry (see {@link IndexEntries#dateRanks}:
 * a new issue's entries rank last among equals, and seldom change what is written). The best
 * {@link IndexBuilder#MAX_POSTINGS} are written; a build keeps a few more, so that the next
 * build can replace a changed entry without analysing the whole archive again.
 *
 * @param postings [entry, weight, segment, …]: {@link SearchIndex#STRIDE} integers per posting, weights
 *                 times {@link SearchIndex#SCALE}; segment is the {@link SearchIndex#SEGMENT}-character piece
 *                 of the entry's text where the term first occurs (0 when only in the other fields)
 */
public record TermPostings(int df, int[] postings) {

    public int size() {
        return postings.length / SearchIndex.STRIDE;
    }

    /** How many postings are written and searched: the best {@link IndexBuilder#MAX_POSTINGS}. */
    public int written() {
        return Math.min(size(), IndexBuilder.MAX_POSTINGS);
    }

    public int entry(int k) {
        return postings[k * SearchIndex.STRIDE];
    }

    public int weight(int k) {
        return postings[k * SearchIndex.STRIDE + 1];
    }

    public int segment(int k) {
        return postings[k * SearchIndex.STRIDE + 2];
    }

    /** Whether every entry holding the term is listed. */
    public boolean complete() {
        return size() == df;
    }

    /** Whether the posting (weight, age) ranks before the other: the order of every postings list. */
    static boolean before(int weight, int age, int otherWeight, int otherAge) {
        return weight > otherWeight || (weight == otherWeight && age < otherAge);
    }
}
