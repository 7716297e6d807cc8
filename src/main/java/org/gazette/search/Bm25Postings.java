package org.gazette.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The postings of the search index: entries' fields analysed (title and numbers above the
 * people named, above issuers, above the body), each term's weight per entry computed with BM25F,
 * and each term's best {@link #KEPT} entries kept.
 */
final class Bm25Postings {

    private static final String[] FIELDS = {"title", "number", "people", "issuer", "body"};
    private static final double[] BOOST = {3.0, 3.0, 2.5, 1.5, 1.0};
    /**
     * The length, in characters, at which a field's weight is neither raised nor lowered: about
     * the fields' average length in gazettes (a title 25–35 characters, a 文号 with its 登记号
     * 20–30, a document's text a few thousand). Fixed rather than the archive's average, so that
     * an entry's weights depend on the entry alone and a new issue leaves older weights as they are.
     */
    private static final double[] PIVOT = {30, 30, 10, 15, 3000};
    private static final int BODY = 4;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /**
     * How many postings a term keeps: those written and a reserve, from which the next build
     * fills the places of entries that changed (see {@link IndexUpdate}).
     */
    static final int KEPT = IndexBuilder.MAX_POSTINGS + 60;
    /** Entries up to this many characters in all have their terms listed, so that the next build can take them back out. */
    static final int SHORT_ENTRY = 2000;
    /**
     * The newest entries have their terms listed whatever their length: a correction (a sidecar, a
     * text fixed) is most often to the last issues, and its entries are then analysed alone. About
     * 20 KB of the state per long document.
     */
    static final int NEWEST_LISTED = 128;

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    /**
     * What the analysis of some entries found.
     *
     * @param postings   term → its document frequency among the entries analysed and their best {@link #KEPT}
     * @param listedTerms for each entry analysed that {@link #listsTerms lists its terms}, by number, its terms
     */
    record Analysis(Map<String, TermPostings> postings, Map<Integer, List<String>> listedTerms) {
    }

    /**
     * Analyses the given entries: BM25F, field term frequencies weighted and length-normalised
     * against a fixed {@link #PIVOT}, then saturated once; the idf is applied where the query runs.
     * Each term keeps only its best entries, so memory grows with the index that is written, not
     * with the archive's text. Entries are analysed on all cores; the result does not depend on
     * their order.
     *
     * @param which the positions of the entries to analyse; postings and listed terms refer to their numbers
     */
    Analysis of(IndexEntries entries, int[] which, Runnable analysed) {
        return of(entries, which, (entry, body) -> { }, analysed);
    }

    /** Told each entry's text before it is analysed, from the thread analysing it. */
    interface TextReader {
        void read(int entry, SearchEntry.Body body);
    }

    /**
     * As {@link #of(IndexEntries, int[], Runnable)}, each text given to {@code reader} first: it may
     * fill in the entry's {@linkplain IndexEntries#textLengths length}, which the analysis then uses.
     */
    Analysis of(IndexEntries entries, int[] which, TextReader reader, Runnable analysed) {
        ConcurrentHashMap<String, TopPostings> terms = new ConcurrentHashMap<>();
        Map<Integer, List<String>> listedTerms = new ConcurrentHashMap<>();
        // Entries in chunks, each gathered locally and merged once per term: one lock per term and
        // chunk instead of one per term and entry (common terms are wanted by every thread at once).
        IntStream.range(0, (which.length + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            ChunkPostings chunk = new ChunkPostings(FIELDS.length, CHUNK * 512); // about the terms of a chunk of documents
            for (int w = c * CHUNK; w < Math.min(which.length, (c + 1) * CHUNK); w++) {
                int entry = which[w];
                SearchEntry.Body body = entries.entries().get(entry).body().get();
                reader.read(entry, body);
                String text = body.text();
                assert text.length() == entries.textLengths()[entry] : "the length given for entry " + entry + " is not its text's";
                // Postings by age while analysed, by number once sorted.
                analyse(chunk, entries.dateRanks()[entry], entries.fields().get(entry), text);
                if (entries.listsTerms(entry)) listedTerms.put(entries.numbers()[entry], chunk.entryTerms());
                analysed.run();
            }
            chunk.forEachTerm((term, postings, weights, segments, from, to) ->
                    terms.computeIfAbsent(term, t -> new TopPostings(KEPT)).addAll(postings, weights, segments, from, to));
        });
        // Each term's buffer let go of as soon as it is sorted, on all cores: both at once would double
        // the index's memory. No order: the files group terms by shard and sort them there.
        Map<String, TermPostings> postings = new ConcurrentHashMap<>(terms.size());
        int[] numbersByAge = entries.numbersByAge();
        List.copyOf(terms.keySet()).parallelStream().forEach(term -> postings.put(term, terms.remove(term).sorted(numbersByAge)));
        return new Analysis(postings, listedTerms);
    }

    private static final int CHUNK = 64;

    /** One entry's fields and text counted into a chunk and weighed, under {@code id}. */
    private void analyse(ChunkPostings chunk, int id, String[] fields, String text) {
        int[] lengths = new int[FIELDS.length];
        for (int f = 0; f < BODY; f++) lengths[f] = fields[f] == null ? 0 : fields[f].length();
        lengths[BODY] = text.length();
        chunk.open(id);
        for (int f = 0; f < FIELDS.length; f++) {
            int field = f;
            // The term is read from the analyser's own buffer: a string is made once per term and chunk, not per token.
            analyzer.forEachToken(f == BODY ? text : fields[f], (term, length, offset) ->
                    chunk.count(term, length, field, field == BODY ? offset / SearchIndex.SEGMENT : -1));
        }
        chunk.close((counts, from) -> weight(counts, from, lengths));
    }

    /** The terms of an entry's fields and text, sorted: what its analysis lists ({@link #listsTerms}), analysed the same way. */
    List<String> termsOf(String[] fields, String text) {
        ChunkPostings chunk = new ChunkPostings(FIELDS.length, 512);
        analyse(chunk, 0, fields, text);
        return chunk.entryTerms();
    }

    /**
     * Whether the state lists an entry's terms (so that a build can take the entry back out of them):
     * when it is short, or among the {@link #NEWEST_LISTED} newest.
     *
     * @param dateRank the entry's place among the entries oldest first ({@link IndexEntries#dateRanks})
     * @param length   the entry's fields and text, in characters ({@link #length})
     */
    static boolean listsTerms(int dateRank, int entries, int length) {
        return length <= SHORT_ENTRY || dateRank >= entries - NEWEST_LISTED;
    }

    /** An entry's length as {@link #listsTerms} counts it: its analysed fields' and its text's characters. */
    static int length(String[] fields, int textLength) {
        int length = textLength;
        for (int f = 0; f < BODY; f++) length += fields[f] == null ? 0 : fields[f].length();
        return length;
    }

    /**
     * BM25F's saturated weight of a term in an entry (idf apart) times {@link SearchIndex#SCALE}, from
     * its count per field ({@code counts[from, from + FIELDS.length)}): at least 1.
     */
    private static int weight(int[] counts, int from, int[] lengths) {
        double weighted = 0;
        for (int f = 0; f < FIELDS.length; f++) {
            int count = counts[from + f];
            if (count > 0) weighted += BOOST[f] * count / (1 - B + B * lengths[f] / PIVOT[f]);
        }
        return (int) Math.max(1, Math.round(SearchIndex.SCALE * weighted * (K1 + 1) / (weighted + K1)));
    }
}
