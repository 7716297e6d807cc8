package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A term's postings merged after entries changed or were added: exact, or refused when they cannot be. */
class IndexUpdateTest {

    /** Entries whose numbers go by age, as they would if numbered oldest first. */
    private static final java.util.function.IntUnaryOperator AGE_IS_NUMBER = number -> number;

    /** Postings from (entry, weight) pairs, segment 0, in the order given. */
    private static TermPostings list(int df, int... entryWeight) {
        int[] p = new int[entryWeight.length / 2 * SearchIndex.STRIDE];
        for (int i = 0; i < entryWeight.length / 2; i++) {
            p[i * SearchIndex.STRIDE] = entryWeight[2 * i];
            p[i * SearchIndex.STRIDE + 1] = entryWeight[2 * i + 1];
        }
        return new TermPostings(df, p);
    }

    /** The earlier postings with the taken entries out (none moved), merged with those analysed now. */
    private static TermPostings merge(TermPostings old, TermPostings fresh, Set<Integer> taken, int lostDf) {
        return IndexUpdate.merge(IndexUpdate.renumbered(old, IndexUpdate.renumbering(10_000, taken, Map.of()), lostDf), fresh,
                AGE_IS_NUMBER);
    }

    /** A cut list: df entries hold the term, the best {@code size} listed, entry i with weight 5000 − i. */
    private static TermPostings cut(int df, int size) {
        return list(df, IntStream.range(0, size).flatMap(i -> IntStream.of(i, 5000 - i)).toArray());
    }

    @Test
    void theStateListsTheTermsOfShortEntriesAndOfTheNewest() {
        int entries = 1000;
        int oldest = entries - Bm25Postings.NEWEST_LISTED;
        assertTrue(Bm25Postings.listsTerms(0, entries, Bm25Postings.SHORT_ENTRY), "short");
        assertFalse(Bm25Postings.listsTerms(oldest - 1, entries, Bm25Postings.SHORT_ENTRY + 1), "long and older");
        assertTrue(Bm25Postings.listsTerms(oldest, entries, 100_000), "long but among the newest");
        assertEquals(2 + 3 + 10, Bm25Postings.length(new String[] {"ab", null, "cde", ""}, 10), "fields and text");
    }

    @Test
    void completeListsMergeByWeightThenOlderEntry() {
        TermPostings old = list(3, 1, 900, 2, 700, 3, 700);
        TermPostings fresh = list(2, 5, 800, 4, 700);
        TermPostings merged = merge(old, fresh, Set.of(2), 1);
        assertEquals(4, merged.df(), "one entry out, two in");
        assertArrayEquals(list(4, 1, 900, 5, 800, 3, 700, 4, 700).postings(), merged.postings());
    }

    @Test
    void aChangedEntryMovesWithItsNewWeight() {
        TermPostings merged = merge(list(2, 1, 900, 2, 700), list(1, 2, 950), Set.of(2), 1);
        assertArrayEquals(list(2, 2, 950, 1, 900).postings(), merged.postings());
    }

    @Test
    void aTermNoEntryHoldsAnyMoreIsEmpty() {
        assertEquals(0, merge(list(1, 7, 500), null, Set.of(7), 1).df());
    }

    @Test
    void aCutListKeepsWhatRanksAboveItsLastAndNothingBelow() {
        TermPostings old = cut(1000, Bm25Postings.KEPT);
        int last = 5000 - (Bm25Postings.KEPT - 1);
        // A new entry below the last kept one may rank below entries nobody kept: it is not listed.
        TermPostings merged = merge(old, list(1, 9999, last - 1), Set.of(), 0);
        assertEquals(1001, merged.df());
        assertEquals(Bm25Postings.KEPT, merged.size());
        assertEquals(Bm25Postings.KEPT - 1, merged.entry(merged.size() - 1));
        // One above it is listed in its place, and the list stays cut at the reserve.
        merged = merge(old, list(1, 9999, 4990), Set.of(), 0);
        assertEquals(9999, merged.entry(11));
        assertEquals(Bm25Postings.KEPT, merged.size());
    }

    @Test
    void aCutListThatLosesMoreThanItsReserveCannotBeMerged() {
        TermPostings old = cut(1000, Bm25Postings.KEPT);
        int reserve = Bm25Postings.KEPT - IndexBuilder.MAX_POSTINGS;
        Set<Integer> taken = Set.copyOf(IntStream.range(0, reserve).boxed().toList());
        TermPostings merged = merge(old, null, taken, reserve);
        assertEquals(IndexBuilder.MAX_POSTINGS, merged.size(), "the reserve fills the gap");
        assertEquals(1000 - reserve, merged.df());

        Set<Integer> more = Set.copyOf(IntStream.range(0, reserve + 1).boxed().toList());
        assertNull(merge(old, null, more, reserve + 1), "the 300th would be one nobody kept");
        // …unless the entries analysed now rank above the last kept one.
        TermPostings refilled = merge(old, list(1, 0, 6000), more, reserve + 1);
        assertEquals(IndexBuilder.MAX_POSTINGS, refilled.size());
        assertEquals(0, refilled.entry(0));
    }

    @Test
    void movedEntriesTakeTheirNewNumbersInPlace() {
        // Entry 5 pushed to 6 by a newcomer at 5, entry 6 to 7: their order among the others holds.
        TermPostings old = list(4, 3, 900, 5, 900, 6, 900, 2, 100);
        TermPostings renumbered = IndexUpdate.renumbered(old, IndexUpdate.renumbering(10, Set.of(2), Map.of(5, 6, 6, 7)), 1);
        assertArrayEquals(list(3, 3, 900, 6, 900, 7, 900).postings(), renumbered.postings());
        assertEquals(3, renumbered.df());
        assertTrue(renumbered.complete());
        assertSame(old, IndexUpdate.renumbered(old, IndexUpdate.renumbering(10, Set.of(8), Map.of(9, 10)), 0),
                "nothing of it taken or moved: the same list");
        TermPostings merged = IndexUpdate.merge(renumbered, list(1, 5, 900), AGE_IS_NUMBER);
        assertArrayEquals(list(4, 3, 900, 5, 900, 6, 900, 7, 900).postings(), merged.postings());
    }

    @Test
    void aCutListWhoseLastIsTakenOutIsBoundedByTheOneBefore() {
        // The last kept posting goes: what ranks between it and the one before may be below entries nobody kept.
        TermPostings old = cut(1000, Bm25Postings.KEPT);
        int last = Bm25Postings.KEPT - 1;
        TermPostings merged = merge(old, list(1, 9999, 5000 - last), Set.of(last), 1);
        assertEquals(1000, merged.df());
        assertEquals(Bm25Postings.KEPT - 1, merged.size(), "the new entry ranks below the last known one: not listed");
        assertEquals(last - 1, merged.entry(merged.size() - 1));
    }

    @Test
    void aCutFreshListBoundsTheMergeToo() {
        // More new entries than a list keeps: beyond its last, entries analysed now were not kept.
        TermPostings fresh = list(Bm25Postings.KEPT + 5, IntStream.range(0, Bm25Postings.KEPT)
                .flatMap(i -> IntStream.of(100 + i, 3000 - i)).toArray());
        TermPostings merged = merge(list(1, 1, 10), fresh, Set.of(), 0);
        assertEquals(Bm25Postings.KEPT + 6, merged.df());
        assertEquals(Bm25Postings.KEPT, merged.size());
        assertEquals(100 + Bm25Postings.KEPT - 1, merged.entry(merged.size() - 1), "the old entry ranks below the unknown ones");
    }
}
