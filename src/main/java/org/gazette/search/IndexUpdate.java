package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Brings an earlier build's postings ({@link IndexState}) up to date with the entries added,
 * changed or removed since, analysing only the new and changed ones. The result is exactly what
 * analysing every entry would give, or nothing (and a reason): then the whole archive is analysed.
 *
 * <p>Why it can be exact: a weight depends on its entry alone ({@link Bm25Postings}' fixed
 * pivots) and the idf is applied where the query runs, so a term's postings depend only on the
 * entries that hold it. Entries keep their numbers whatever comes and goes ({@link StableNumbers});
 * the few pushed along by a neighbour keep their place, and postings of equal weight are ordered by
 * age, which an unchanged entry keeps relative to the others (a changed date makes a changed entry), so
 * their postings are renumbered where they are. A term whose list was cut knows its best entries exactly and that
 * every other entry ranks below its last one; an entry taken out (a changed one, or one gone)
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
    private final int entryRange;
    private final PublishedTexts published;

    /**
     * @param entryRange the least range of entries' numbers, as the index was numbered with ({@link IndexBuilder})
     * @param published  the texts of the site the earlier build made: the terms of an entry it did not list are read there
     */
    IndexUpdate(int entryRange, PublishedTexts published) {
        this.entryRange = entryRange;
        this.published = published;
    }

    /**
     * @param previous an earlier build's state, as {@link IndexStateFile#read} gives it (its maps mutable):
     *                 taken over, and not to be used again
     * @param urls   each entry's URL, in the order of {@code now}
     * @param hashes each entry's fingerprint (as {@link IndexState#hashes})
     * @param stamps each entry's stamp (as {@link IndexState#stamps})
     */
    Result apply(IndexState previous, IndexEntries now, List<String> urls, List<String> hashes, List<String> stamps,
                 Runnable analysed) {
        int before = previous.urls().size();
        int range = StableNumbers.range(before, entryRange);
        // Numbers keep their order only within one range: a grown one gives every entry a new place.
        if (range != StableNumbers.range(now.size(), entryRange)) return Result.impossible("the entries outgrew the range of their numbers");
        int[] was = StableNumbers.of(previous.urls(), range);
        Map<String, Integer> earlier = new HashMap<>(before * 2);
        for (int i = 0; i < before; i++) earlier.put(previous.urls().get(i), i);
        Map<Integer, Integer> moved = new HashMap<>(); // an earlier number → the entry's number now
        List<Integer> out = new ArrayList<>(); // earlier entries whose postings go: changed ones, then gone ones
        List<Integer> which = new ArrayList<>(); // positions now to analyse: changed entries, and new ones
        for (int e = 0; e < now.size(); e++) {
            Integer i = earlier.remove(urls.get(e));
            if (i == null) {
                which.add(e);
                continue;
            }
            if (was[i] != now.numbers()[e]) moved.put(was[i], now.numbers()[e]);
            if (!hashes.get(e).equals(previous.hashes().get(i)) || !Objects.equals(now.sinces().get(e), previous.sinces().get(i))) {
                out.add(i);
                which.add(e);
            }
        }
        out.addAll(earlier.values());
        if (which.size() * 2L > now.size()) return Result.impossible("most entries are new or changed");
        Map<Integer, List<String>> taken = new HashMap<>(); // earlier numbers whose postings are out → their terms
        for (int i : out) {
            List<String> terms = termsBefore(previous, i, was[i]);
            if (terms == null) return Result.impossible("an entry changed or removed whose terms are not known: " + previous.urls().get(i) + UNKNOWN);
            taken.put(was[i], terms);
        }

        Bm25Postings.Analysis fresh = bm25.of(now, which.stream().mapToInt(Integer::intValue).toArray(), analysed);
        Map<String, Integer> lost = new HashMap<>(); // term → taken entries that held it
        for (List<String> terms : taken.values()) for (String term : terms) lost.merge(term, 1, Integer::sum);
        Set<String> touched = new HashSet<>(fresh.postings().keySet());
        touched.addAll(lost.keySet());

        // The earlier postings are taken over, not copied: each term's old list is let go as its new one is
        // made (the heap holds the parsed archive too). The earlier state is not to be used again.
        Map<String, TermPostings> postings = previous.postings();
        int[] ages = now.agesByNumber();
        int[] to = renumbering(was.length == 0 ? 0 : Arrays.stream(was).max().getAsInt() + 1, taken.keySet(), moved);
        if (!moved.isEmpty()) {
            for (Map.Entry<String, TermPostings> e : postings.entrySet()) {
                if (!touched.contains(e.getKey())) e.setValue(renumbered(e.getValue(), to, 0));
            }
        }
        for (String term : touched) {
            TermPostings old = postings.get(term);
            TermPostings kept = old == null ? null : renumbered(old, to, lost.getOrDefault(term, 0));
            TermPostings merged = merge(kept, fresh.postings().get(term), number -> ages[number]);
            if (merged == null) return Result.impossible("the term " + term + " lost entries that were not kept");
            if (merged.df() == 0) postings.remove(term);
            else postings.put(term, merged);
        }
        Map<Integer, List<String>> listedTerms = new HashMap<>();
        previous.listedTerms().forEach((number, terms) -> {
            if (!taken.containsKey(number)) listedTerms.put(moved.getOrDefault(number, number), terms);
        });
        listedTerms.putAll(fresh.listedTerms());
        // Long entries that are no longer among the newest: their terms go, as a clean build would not list them.
        listedTerms.keySet().removeIf(number -> !now.listsTerms(now.position(number)));
        return new Result(now.state(urls, hashes, stamps, listedTerms, postings), which.size(), null);
    }

    private static final String UNKNOWN = " (not listed in the index state, being longer than " + Bm25Postings.SHORT_ENTRY
            + " characters and older than the newest " + Bm25Postings.NEWEST_LISTED + ", and its published text missing or not as analysed)";

    /**
     * The terms an entry of the earlier build held: listed in the state, else read from its fields (in the
     * state) and its text as the site published it, when that is what was analysed (its fingerprint says);
     * else null.
     */
    private List<String> termsBefore(IndexState previous, int i, int number) {
        List<String> listed = previous.listedTerms().get(number);
        if (listed != null) return listed;
        String[] fields = previous.fields().get(i);
        return published.body(number, previous.lengths().get(i))
                .filter(body -> EntryFingerprint.of(fields, body).equals(previous.hashes().get(i)))
                .map(body -> bm25.termsOf(fields, body.text()))
                .orElse(null);
    }

    /**
     * A term's earlier postings with the taken entries out and the moved ones under their new numbers.
     * Moved entries keep their age among all the others (their date, then their number: {@link StableNumbers}
     * keeps numbers' order), so the list stays in order, and a cut list stays exact down to its last posting.
     *
     * @param to     each earlier number's number now, -1 for the entries taken out ({@link #renumbering})
     * @param lostDf how many of the taken entries held the term (listed or beyond the cut)
     */
    static TermPostings renumbered(TermPostings old, int[] to, int lostDf) {
        boolean same = lostDf == 0;
        for (int k = 0; k < old.size() && same; k++) same = to[old.entry(k)] == old.entry(k);
        if (same) return old;
        int[] out = new int[old.postings().length];
        int size = 0;
        for (int k = 0; k < old.size(); k++) {
            if (to[old.entry(k)] < 0) continue;
            System.arraycopy(old.postings(), k * SearchIndex.STRIDE, out, size * SearchIndex.STRIDE, SearchIndex.STRIDE);
            out[size * SearchIndex.STRIDE] = to[old.entry(k)];
            size++;
        }
        return new TermPostings(old.df() - lostDf, size == old.size() ? out : Arrays.copyOf(out, size * SearchIndex.STRIDE));
    }

    /**
     * Each earlier number's number now, as an array over the earlier numbers (primitive: every posting of
     * the archive is looked up when an entry was pushed along): itself, its new number when it moved, -1
     * when it is taken out.
     */
    static int[] renumbering(int numbers, Set<Integer> taken, Map<Integer, Integer> moved) {
        int[] to = new int[numbers];
        for (int n = 0; n < numbers; n++) to[n] = n;
        moved.forEach((from, now) -> to[from] = now);
        for (int n : taken) to[n] = -1;
        return to;
    }

    /**
     * A term's postings after some entries were taken out and others analysed: its best
     * {@link Bm25Postings#KEPT} entries, or null when fewer than would be written are known for sure.
     *
     * @param old   the term's postings before, the entries taken out already out ({@link #renumbered}; null: no entry held it)
     * @param fresh the term's postings among the entries analysed now (null: none holds it)
     * @param age   an entry's age by its number ({@link IndexEntries#agesByNumber}): the order of equal weights
     */
    static TermPostings merge(TermPostings old, TermPostings fresh, IntUnaryOperator age) {
        if (old == null) old = new TermPostings(0, new int[0]);
        if (fresh == null) fresh = new TermPostings(0, new int[0]);
        int df = old.df() + fresh.df();
        int[] out = new int[Math.min(old.size() + fresh.size(), Bm25Postings.KEPT) * SearchIndex.STRIDE];
        int size = 0;
        int o = 0;
        int f = 0;
        while (size < Bm25Postings.KEPT) {
            boolean fromOld;
            if (o < old.size() && f < fresh.size()) {
                fromOld = TermPostings.before(old.weight(o), age.applyAsInt(old.entry(o)), fresh.weight(f), age.applyAsInt(fresh.entry(f)));
            } else if (o < old.size() || f < fresh.size()) {
                fromOld = o < old.size();
            } else {
                break;
            }
            TermPostings from = fromOld ? old : fresh;
            int k = fromOld ? o++ : f++;
            // Beyond the last of a cut list lie postings nobody kept: what ranks below it is not known to be next.
            if (!rankedWithin(old, from.weight(k), from.entry(k), age) || !rankedWithin(fresh, from.weight(k), from.entry(k), age)) break;
            System.arraycopy(from.postings(), k * SearchIndex.STRIDE, out, size * SearchIndex.STRIDE, SearchIndex.STRIDE);
            size++;
        }
        if (size < Math.min(IndexBuilder.MAX_POSTINGS, df)) return null;
        // Shortened only when the two lists held more than is kept, or one was cut where its rest is not known.
        return new TermPostings(df, size * SearchIndex.STRIDE == out.length ? out : Arrays.copyOf(out, size * SearchIndex.STRIDE));
    }

    /** Whether a posting ranks no lower than the last of a cut list (always, when the list is complete). */
    private static boolean rankedWithin(TermPostings list, int weight, int entry, IntUnaryOperator age) {
        if (list.complete()) return true;
        if (list.size() == 0) return false;
        int last = list.size() - 1;
        return !TermPostings.before(list.weight(last), age.applyAsInt(list.entry(last)), weight, age.applyAsInt(entry));
    }
}
