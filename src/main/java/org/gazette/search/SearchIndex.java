package org.gazette.search;

import java.util.List;
import java.util.Map;

/**
 * The search index: the entries and, per term, the entries it occurs in with a score computed at
 * build time (BM25 over weighted fields), highest first, at most {@link IndexBuilder#MAX_POSTINGS}.
 *
 * @param postings term → [entry, score, segment, entry, score, segment, …]: scores ×100 as integers;
 *                 segment is the {@link #SEGMENT}-character piece of the entry's text where the term first
 *                 occurs (0 when it occurs only in the title or number)
 */
public record SearchIndex(List<SearchEntry> entries, Map<String, int[]> postings) {

    /** Scores are stored as integers: the score times this. */
    public static final int SCALE = 100;
    /** How many integers a posting takes. */
    public static final int STRIDE = 3;
    /** The length of the text pieces a result loads for its snippet. */
    public static final int SEGMENT = 600;
}
