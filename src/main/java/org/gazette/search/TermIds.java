package org.gazette.search;

import java.util.Arrays;

/**
 * Numbers terms in the order they are first seen, looked up by a term given as characters in a
 * buffer, without making a string per lookup: the analyser's token buffer is read as it is, and
 * a term's string is made once, when it is numbered. Open addressing with a mixed hash: Lucene's
 * {@code CharArrayMap} hashes as {@code String} does ({@code 31·h + c}), under which the bigrams of
 * ideographs collide in long runs, and its lookups were a tenth of the index's time. A term of up
 * to three characters (every bigram) is compared as one packed {@code long}, without reading its
 * string: the table is probed once per token of the archive. Numbers rather than values, so that
 * what is counted per term lives in flat arrays indexed by them (see {@link ChunkPostings}).
 */
final class TermIds {

    /** Marks a longer term, whose string must be compared. */
    private static final long LONG_TERM = 0xFFFFL << 48;

    private long[] packed;
    /** Per slot, the number of its term. */
    private int[] slotIds;
    /** Per number, the term. */
    private String[] terms;
    private int size;

    /** @param expected how many terms are expected: the table starts big enough for them */
    TermIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
        packed = new long[capacity];
        slotIds = new int[capacity];
        terms = new String[capacity / 2];
    }

    /** The number of the term in {@code buffer[0, length)}: the next one when the term is new. */
    int id(char[] buffer, int length) {
        int hash = hash(buffer, length);
        long key = pack(buffer, length, hash);
        int mask = packed.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long k = packed[slot];
            if (k == 0) {
                int id = size++;
                if (id == terms.length) terms = Arrays.copyOf(terms, id * 2);
                terms[id] = new String(buffer, 0, length);
                packed[slot] = key;
                slotIds[slot] = id;
                if (size * 2 > packed.length) grow();
                return id;
            }
            if (k == key && (length <= 3 || equals(terms[slotIds[slot]], buffer, length))) return slotIds[slot];
        }
    }

    /** The term with this number. */
    String term(int id) {
        if (id < 0 || id >= size) throw new IndexOutOfBoundsException("no term numbered " + id);
        return terms[id];
    }

    /** How many terms are numbered. */
    int size() {
        return size;
    }

    /** Length and characters for a short term (never 0: the length is at least 1); a marked hash for a longer one. */
    private static long pack(char[] buffer, int length, int hash) {
        if (length > 3) return LONG_TERM | (hash & 0xFFFFFFFFL);
        long k = (long) length << 48;
        for (int i = 0; i < length; i++) k |= (long) buffer[i] << (16 * (2 - i));
        return k;
    }

    private static boolean equals(String key, char[] buffer, int length) {
        if (key.length() != length) return false;
        for (int i = 0; i < length; i++) if (key.charAt(i) != buffer[i]) return false;
        return true;
    }

    private static int hash(char[] buffer, int length) {
        int h = 0x9747b28c;
        for (int i = 0; i < length; i++) h = (h ^ buffer[i]) * 0x01000193;
        h ^= h >>> 16; // murmur3's finaliser: the low bits, which pick the slot, depend on every character
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private void grow() {
        long[] oldPacked = packed;
        int[] oldIds = slotIds;
        packed = new long[oldPacked.length * 2];
        slotIds = new int[oldPacked.length * 2];
        int mask = packed.length - 1;
        for (int i = 0; i < oldPacked.length; i++) {
            if (oldPacked[i] == 0) continue;
            char[] chars = terms[oldIds[i]].toCharArray();
            int slot = hash(chars, chars.length) & mask;
            while (packed[slot] != 0) slot = (slot + 1) & mask;
            packed[slot] = oldPacked[i];
            slotIds[slot] = oldIds[i];
        }
    }
}
