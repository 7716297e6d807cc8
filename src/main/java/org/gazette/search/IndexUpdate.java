package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings an earlier build's postings ({@link IndexState}) up to date with the entries added or
 * changed since, analysing only those. The result is exactly what analysing every entry would
 * give, or nothing (and a reason): then the whole archive is analysed.
 *
 * <p>Why it can be exact: a weight depends on its entry alone ({@link Bm25Postings}' fixed
 * pivots) and the idf is applied where the query runs, so a term's postings depend only on the
 * entries that hold it. Entries are numbered oldest first, so a new issue's entries come last
 * and older ones keep their numbers; taking the newest issue out (or replacing it) leaves the
 * others where they were too. A term whose list was cut knows its best entries exactly and
 * that every other entry ranks below its last one; an entry taken out (a changed one, or one gone)
 * leaves a gap that entries analysed now may fill — or, when none ranks above that last one, the term
 * would need entries nobody kept. The lists keep a reserve beyond what is written
 * ({@link Bm25Postings#KEPT}) so that this is rare. An entry can be taken out only when the
 * earlier build listed its terms ({@link Bm25Postings#listsTerms}: short entries and the newest).
 */
final class IndexUpdate {

    /**
     * The outcome: postings and the state to keep, or why not.
     *
     * @param analysed how many entries were analysed
     */
    record Result(IndexState state, int analysed, String impossible) {
        static Result impossible(String why) {
            return new Result(null, 0, why);
        }
    }

    private final Bm25Postings bm25 = new Bm25Postings();

    /**
     * @param previous an earlier build's state, as {@link IndexStateFile#read} gives it (its maps mutable):
     *                 taken over, and not to be used again
     * @param urls   each entry's URL, by number
     * @param hashes each entry's fingerprint (as {@link IndexState#hashes})
     * @param stamps each entry's stamp (as {@link IndexState#stamps})
     */
    Result apply(IndexState previous, List<SearchEntry> entries, List<String[]> fields, int[] textLengths,
                 List<String> urls, List<String> hashes, List<String> stamps, Runnable analysed) {
        int before = previous.urls().size();
        // Entries keep their numbers up to the first that is not where it was: from there on, the earlier
        // build's entries are gone (an issue removed, or moved: a back issue came before them) and the
        // entries there now are new. The gone ones are taken out of the terms they held, when those were kept.
        int kept = 0;
        while (kept < Math.min(before, entries.size()) && urls.get(kept).equals(previous.urls().get(kept))) kept++;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            if (!hashes.get(i).equals(previous.hashes().get(i))) {
                if (!previous.listedTerms().containsKey(i)) {
                    return Result.impossible("an entry changed whose terms were not kept (longer than " + Bm25Postings.SHORT_ENTRY
                            + " characters, older than the newest " + Bm25Postings.NEWEST_LISTED + "): " + urls.get(i));
                }
                changed.add(i);
            }
        }
        for (int i = kept; i < before; i++) {
            if (!previous.listedTerms().containsKey(i)) {
                return Result.impossible("entry " + i + " (" + previous.urls().get(i) + ") and those after it were removed or moved, "
                        + "and its terms were not kept: entries are numbered by date, and an issue dated before the last one "
                        + "(or on its day) was added, or one was removed");
            }
        }
        int[] which = new int[changed.size() + entries.size() - kept];
        for (int k = 0; k < changed.size(); k++) which[k] = changed.get(k);
        for (int i = kept; i < entries.size(); i++) which[changed.size() + i - kept] = i;
        if (which.length * 2L > entries.size()) return Result.impossible("most entries are new or changed");

        Bm25Postings.Analysis fresh = bm25.of(entries, fields, textLengths, which, analysed);
        Set<Integer> taken = new HashSet<>(changed); // entries whose old postings are out: changed ones, and gone ones
        for (int i = kept; i < before; i++) taken.add(i);
        Map<String, Integer> lost = new HashMap<>(); // term → taken entries that held it
        for (int t : taken) for (String term : previous.listedTerms().get(t)) lost.merge(term, 1, Integer::sum);
        Set<String> touched = new HashSet<>(fresh.postings().keySet());
        touched.addAll(lost.keySet());

        // The earlier postings are taken over, not copied: each term's old list is let go as its new one is
        // made (the heap holds the parsed archive too). The earlier state is not to be used again.
        Map<String, TermPostings> postings = previous.postings();
        for (String term : touched) {
            TermPostings merged = merge(previous.postings().get(term), fresh.postings().get(term), taken, lost.getOrDefault(term, 0));
            if (merged == null) return Result.impossible("the term " + term + " lost entries that were not kept");
            if (merged.df() == 0) postings.remove(term);
            else postings.put(term, merged);
        }
        Map<Integer, List<String>> listedTerms = previous.listedTerms();
        taken.forEach(listedTerms::remove);
        listedTerms.putAll(fresh.listedTerms());
        // Long entries that are no longer among the newest: their terms go, as a clean build would not list them.
        listedTerms.keySet().removeIf(e -> !Bm25Postings.listsTerms(e, entries.size(), Bm25Postings.length(fields.get(e), textLengths[e])));
        return new Result(new IndexState(urls, hashes, java.util.Arrays.stream(textLengths).boxed().toList(), stamps,
                listedTerms, postings), which.length, null);
    }

    /**
     * A term's postings after some entries were taken out and others analysed: its best
     * {@link Bm25Postings#KEPT} entries, or null when fewer than would be written are known for sure.
     *
     * @param old     the term's postings before (null: no entry held it)
     * @param fresh   the term's postings among the entries analysed now (null: none holds it)
     * @param taken   the entries analysed again: their old postings are out
     * @param lostDf  how many of those held the term before
     */
    static TermPostings merge(TermPostings old, TermPostings fresh, Set<Integer> taken, int lostDf) {
        if (old == null) old = new TermPostings(0, new int[0]);
        if (fresh == null) fresh = new TermPostings(0, new int[0]);
        int df = old.df() - lostDf + fresh.df();
        int[] out = new int[Math.min(old.size() + fresh.size(), Bm25Postings.KEPT) * SearchIndex.STRIDE];
        int size = 0;
        int o = 0;
        int f = 0;
        while (size < Bm25Postings.KEPT) {
            while (o < old.size() && taken.contains(old.entry(o))) o++;
            boolean fromOld;
            if (o < old.size() && f < fresh.size()) {
                fromOld = TermPostings.before(old.weight(o), old.entry(o), fresh.weight(f), fresh.entry(f));
            } else if (o < old.size() || f < fresh.size()) {
                fromOld = o < old.size();
            } else {
                break;
            }
            TermPostings from = fromOld ? old : fresh;
            int k = fromOld ? o++ : f++;
            // Beyond the last of a cut list lie postings nobody kept: what ranks below it is not known to be next.
            if (!rankedWithin(old, from.weight(k), from.entry(k)) || !rankedWithin(fresh, from.weight(k), from.entry(k))) break;
            System.arraycopy(from.postings(), k * SearchIndex.STRIDE, out, size * SearchIndex.STRIDE, SearchIndex.STRIDE);
            size++;
        }
        if (size < Math.min(IndexBuilder.MAX_POSTINGS, df)) return null;
        return new TermPostings(df, Arrays.copyOf(out, size * SearchIndex.STRIDE));
    }

    /** Whether a posting ranks no lower than the last of a cut list (always, when the list is complete). */
    private static boolean rankedWithin(TermPostings list, int weight, int entry) {
        if (list.complete()) return true;
        if (list.size() == 0) return false;
        int last = list.size() - 1;
        return !TermPostings.before(list.weight(last), list.entry(last), weight, entry);
    }
}
