package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The pages of a long list end where its documents say, so that documents added in the middle change few pages. */
class LongListTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);

    /** Document n of the list, arrived n days after the start. */
    private static String id(int n) {
        return "测政办发-2000-" + n;
    }

    private static LongList list(List<Integer> documents) {
        Map<String, LocalDate> since = new HashMap<>();
        for (int n : documents) since.put(id(n), START.plusDays(n));
        return new LongList(documents.stream().map(LongListTest::id).toList(), since::get);
    }

    private static Set<LongList.Run> runs(List<Integer> documents) {
        return Set.copyOf(list(documents).runs());
    }

    @Test
    void pagesHoldEveryDocumentOnceInOrderNamedByTheirLast() {
        List<Integer> documents = IntStream.rangeClosed(1, 3000).boxed().toList();
        List<LongList.Run> runs = list(documents).runs();
        assertEquals(documents.stream().map(LongListTest::id).toList(), runs.stream().flatMap(r -> r.ids().stream()).toList());
        for (int k = 0; k < runs.size(); k++) {
            LongList.Run r = runs.get(k);
            boolean last = k == runs.size() - 1;
            assertEquals(last ? LongList.LATEST : r.ids().get(r.ids().size() - 1), r.key());
            assertTrue(r.ids().size() <= LongList.MAX_PAGE && (last || r.ids().size() >= LongList.MIN_PAGE), r.key() + ": " + r.ids().size());
            assertTrue(last || r.ids().size() == LongList.MAX_PAGE || LongList.ends(r.key()), "ends where the id says, or at the most a page holds");
        }
        assertTrue(runs.size() >= 3000 / LongList.MAX_PAGE && runs.size() <= 3000 / LongList.MIN_PAGE, runs.size() + " pages");
        assertEquals(START.plusDays(1) + " 至 " + START.plusDays(runs.get(0).ids().size()), runs.get(0).label());
    }

    @Test
    void documentsAddedInTheMiddleChangeThePagesTheyFallInNotThoseAfter() {
        List<Integer> documents = new ArrayList<>();
        for (int n = 1; n <= 3000; n++) if (n % 100 != 50) documents.add(n); // 30 gaps: a back issue's places
        Set<LongList.Run> before = runs(documents);
        for (int gap = 50; gap < 3000; gap += 100) {
            List<Integer> more = new ArrayList<>(documents);
            more.add(gap);
            more.sort(null);
            Set<LongList.Run> after = runs(more);
            Set<LongList.Run> gone = before.stream().filter(r -> !after.contains(r)).collect(Collectors.toSet());
            // The page it falls in; when that page was cut at its most, the pages up to the next natural end.
            assertTrue(gone.size() <= 3, "document " + gap + " changed " + gone.size() + " of " + before.size() + " pages");
            assertTrue(before.size() - gone.size() >= before.size() - 3);
        }
    }

    @Test
    void aNewDocumentAtTheEndChangesTheLatestPageAlone() {
        List<Integer> documents = IntStream.rangeClosed(1, 1000).boxed().collect(Collectors.toList());
        Set<LongList.Run> before = runs(documents);
        documents.add(1001);
        Set<LongList.Run> after = runs(documents);
        Set<String> changed = before.stream().filter(r -> !after.contains(r)).map(LongList.Run::key).collect(Collectors.toSet());
        assertEquals(Set.of(LongList.LATEST), changed);
    }

    @Test
    void aShortListIsShownWholeOnItsOwnersPage() {
        LongList shortList = list(IntStream.rangeClosed(1, LongList.SHOWN).boxed().toList());
        assertEquals(List.of(), shortList.runs());
        assertEquals(id(LongList.SHOWN), shortList.shown().get(0), "the latest first");
    }
}
