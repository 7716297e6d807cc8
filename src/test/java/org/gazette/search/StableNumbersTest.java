package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Numbers that depend on the set of keys alone and stay put when other keys come and go. */
class StableNumbersTest {

    private static final int RANGE = 64; // small, so that keys collide and push each other along

    private static Map<String, Integer> numbers(List<String> keys) {
        int[] numbers = StableNumbers.of(keys, RANGE);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) byKey.put(keys.get(i), numbers[i]);
        return byKey;
    }

    private static List<String> keys(int n) {
        return IntStream.range(0, n).mapToObj(i -> "documents/湘政发-2024-" + i + ".html").toList();
    }

    @Test
    void numbersAreDistinctAndDependOnTheSetAloneNotItsOrder() {
        List<String> keys = keys(32);
        Map<String, Integer> numbers = numbers(keys);
        assertEquals(32, new HashSet<>(numbers.values()).size(), "distinct");
        List<String> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(numbers, numbers(shuffled));
        numbers.forEach((key, number) -> assertTrue(number >= StableNumbers.home(key, RANGE) && number < RANGE * 3 / 2,
                key + " at " + number + ", home " + StableNumbers.home(key, RANGE)));
    }

    @Test
    void aKeyAddedOrRemovedMovesOnlyTheKeysItPushedAndKeepsEveryOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<String> keys = new ArrayList<>(keys(32));
            Collections.shuffle(keys, random);
            Map<String, Integer> before = numbers(keys);
            String added = "people/新人-" + round + ".html";
            keys.add(added);
            Map<String, Integer> after = numbers(keys);
            int home = StableNumbers.home(added, RANGE);
            for (String key : before.keySet()) {
                int was = before.get(key);
                int now = after.get(key);
                // Only keys at or after the newcomer's home, in the run it joined, move: one place on.
                assertTrue(now == was || (now == was + 1 && was >= home), key + ": " + was + " → " + now);
                for (String other : before.keySet()) {
                    assertEquals(Integer.compare(was, before.get(other)), Integer.compare(now, after.get(other)), "order of " + key + " and " + other);
                }
            }
            keys.remove(added);
            assertEquals(before, numbers(keys), "removed again: every key back where it was");
        }
    }

    @Test
    void theRangeIsAtLeastTwiceTheKeys() {
        assertEquals(1024, StableNumbers.range(0, 1024));
        assertEquals(1024, StableNumbers.range(512, 1024));
        assertEquals(2048, StableNumbers.range(513, 1024));
        int[] numbers = StableNumbers.of(keys(2000), StableNumbers.range(2000, 1024));
        assertEquals(2000, IntStream.of(numbers).distinct().count());
        assertArrayEquals(numbers, StableNumbers.of(keys(2000), 4096), "the same range, the same numbers");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StableNumbers.of(List.of("a", "b", "a"), RANGE));
    }
}
