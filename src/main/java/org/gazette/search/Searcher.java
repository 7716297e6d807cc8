package org.gazette.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs queries against a {@link SearchIndex} exactly as the browser does: an entry must hold every
 * term (when no entry does, any term will do), its score is the sum of its terms' idf times their
 * precomputed weights,
 * and an exact phrase must appear in its title, number or text (spaces ignored).
 */
public final class Searcher {

    /** A hit: the entry, its score, and the anchor of the article where the first term occurs (or null). */
    public record Hit(SearchEntry entry, double score, String anchor) {
    }

    private final SearchIndex index;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    public Searcher(SearchIndex index) {
        this.index = index;
    }

    public List<Hit> search(String text, int limit) {
        Query q = Query.parse(text, analyzer);
        if (q.terms().isEmpty()) return List.of();
        List<Hit> hits = hits(q, true);
        if (hits.isEmpty()) hits = hits(q, false);
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private List<Hit> hits(Query q, boolean all) {
        Map<Integer, Long> score = new HashMap<>();
        Map<Integer, Integer> matched = new HashMap<>();
        for (String term : q.terms()) {
            TermPostings postings = index.postings().get(term);
            if (postings == null) continue;
            long idf = SearchIndex.idf(SearchIndex.publishedDf(postings.df()), index.entries().size());
            for (int k = 0; k < postings.written(); k++) {
                score.merge(postings.entry(k), idf * postings.weight(k), Long::sum);
                matched.merge(postings.entry(k), 1, Integer::sum);
            }
        }
        // Best score first, ties by entry number, as the browser orders them.
        List<Map.Entry<Integer, Long>> ranked = new ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : ranked) {
            if (all && matched.get(e.getKey()) < q.terms().size()) continue;
            SearchEntry entry = index.entry(e.getKey());
            if (!q.phrases().stream().allMatch(p -> contains(entry, p))) continue;
            hits.add(new Hit(entry, (double) e.getValue() / SearchIndex.SCALE / SearchIndex.SCALE, anchor(entry, q)));
        }
        return hits;
    }

    private static boolean contains(SearchEntry e, String phrase) {
        String haystack = (e.title() + "\n" + (e.number() == null ? "" : e.number()) + "\n" + e.text()).replaceAll("\\s+", "");
        return haystack.contains(phrase);
    }

    /** The anchor of the article in which the phrase, or else the first term, occurs. */
    private static String anchor(SearchEntry e, Query q) {
        String needle = !q.phrases().isEmpty() ? q.phrases().get(0) : q.terms().get(0);
        SearchEntry.Body body = e.body().get();
        int at = body.text().indexOf(needle);
        if (at < 0) return null;
        String anchor = null;
        for (SearchEntry.Anchor a : body.anchors()) {
            if (a.offset() <= at) anchor = a.id();
        }
        return anchor;
    }
}
