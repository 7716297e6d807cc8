package org.gazette.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.gazette.render.Fingerprint;

/**
 * Numbers for a set of distinct keys that stay put when other keys come and go: each key's number
 * is its hash's place in a fixed range (its <em>home</em>), or the next free one after it. Keys
 * are placed in order of (home, key), each at {@code max(home, previous number + 1)}, so the
 * numbers are a function of the set alone — a clean build and an incremental one number alike —
 * and increase in that order. A key added or removed moves only the keys right after it that
 * were pushed off their homes (none, mostly: the range is kept at least twice the keys), and
 * no two keys change their order.
 *
 * <p>The search index numbers its entries so (an entry's text files are named by its number, and
 * every posting refers to it), and the facets' values likewise (packed into every posting): a
 * back issue or a new issuer then leaves every other entry's files and postings as they were.
 */
final class StableNumbers {

    private StableNumbers() {
    }

    /**
     * The range homes fall in for this many keys: {@code minimum}, or twice the keys rounded up
     * to a power of two. Numbers are below twice the range.
     */
    static int range(int keys, int minimum) {
        int range = minimum;
        while (range < 2L * keys) range *= 2;
        return range;
    }

    /** Each key's number, in the order of the keys given (which must be distinct). */
    static int[] of(List<String> keys, int range) {
        int n = keys.size();
        int[] home = new int[n];
        for (int i = 0; i < n; i++) home[i] = home(keys.get(i), range);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> home[i]).thenComparing(keys::get));
        int[] numbers = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (k > 0 && keys.get(i).equals(keys.get(order[k - 1]))) throw new IllegalArgumentException("a key given twice: " + keys.get(i));
            numbers[i] = k == 0 ? home[i] : Math.max(home[i], numbers[order[k - 1]] + 1);
        }
        return numbers;
    }

    /** A key's home: its {@linkplain Fingerprint#hash32 hash} within a power-of-two range. */
    static int home(String key, int range) {
        return Fingerprint.hash32(key) & (range - 1);
    }
}
