package org.gazette.search;

import java.util.List;
import java.util.Map;

/**
 * The search index: the entries and, per term, the entries it occurs in with a score computed at
 * build time (BM25 over weighted fields), highest first, at most {@link IndexBuilder#MAX_POSTINGS}.
 *
 * @param postings term → [entry, score, entry, score, …], scores ×100 as integers
 */
public record SearchIndex(List<SearchEntry> entries, Map<String, int[]> postings) {

    /** Scores are stored as integers: the score times this. */
    public static final int SCALE = 100;
}
