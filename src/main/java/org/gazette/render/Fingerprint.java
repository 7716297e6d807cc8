package org.gazette.render;

import java.util.HexFormat;

/**
 * The fingerprint of what a file is made from: 128 bits of MurmurHash3 (x64, seed 0, as Guava's
 * {@code murmur3_128}) over a sequence of tags, numbers, strings and byte arrays. Two equal
 * fingerprints mean the same inputs, so the file made from them need not be made again. Not
 * thread-safe: one per fingerprint.
 *
 * <p>Everything is fed as 16-bit code units, the unit of Java's strings: a string's characters are
 * copied into the buffer as they are ({@link String#getChars}) and the hash reads eight of them per
 * block, so that a page model's many short strings cost no encoding and no copy through a byte
 * view (which, under C1, was most of a fingerprint's time: a native copy per string). The bytes
 * hashed are those units in little-endian order, so the hash is Murmur3's of that byte sequence on
 * every machine.
 *
 * <p>Not a cryptographic hash, on purpose. A fingerprint only tells whether something changed
 * between two builds of one site, and an incremental build runs its code compiled by C1 alone
 * (see the launcher), where SHA-256 has no intrinsic: it hashed 80 MB/s there, nearly a third of a
 * build's processor time. Someone who could make two inputs collide could as well leave the input
 * unchanged: the worst a collision does is keep a file as it was, until a {@code --clean} build.
 */
public final class Fingerprint {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /**
     * Code units not yet hashed; a multiple of a block (8 units, 16 bytes) long. Small: a build makes
     * a fingerprint for each of its 150,000 pages, shards and search entries, most of them short
     * (1 KB each was 170 MB of what adding an issue allocated), and the hash is the same whatever its size.
     */
    private final char[] units = new char[128];
    private int size;
    private long h1;
    private long h2;
    /** Bytes hashed so far. */
    private long length;

    /**
     * A well-mixed 32-bit hash of a string, for placing things by a key where 128 bits are not needed
     * (a search entry's number, where a long list's page ends): FNV-1a over its code units, then
     * MurmurHash3's finaliser, so that keys differing in their last characters land far apart.
     */
    public static int hash32(String key) {
        int h = fnv1a(key);
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** FNV-1a (32 bits) over a string's UTF-16 code units: simple enough for the browser to compute the same ({@code search.js}). */
    public static int fnv1a(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** A character that says what follows. */
    public Fingerprint tag(char c) {
        room(1);
        units[size++] = c;
        return this;
    }

    /** Two units, the low half first. */
    public Fingerprint number(int n) {
        room(2);
        units[size++] = (char) n;
        units[size++] = (char) (n >>> 16);
        return this;
    }

    public Fingerprint number(long n) {
        return number((int) (n >>> 32)).number((int) n);
    }

    /** Length first, so that no two sequences of strings feed the same units. Null is told apart from every string. */
    public Fingerprint string(String s) {
        if (s == null) return number(-1);
        return number(s.length()).chars(s);
    }

    /**
     * A string's units alone, without its length: a text fed in pieces this way has the fingerprint of
     * the text fed whole, so it can be checked again from the text alone. The caller frames it (a tag
     * before, a length after).
     */
    public Fingerprint chars(String s) {
        int count = s.length();
        for (int from = 0; from < count; ) {
            room(1);
            int to = Math.min(count, from + units.length - size);
            s.getChars(from, to, units, size); // in bulk: charAt checks bounds and the string's coder per character
            size += to - from;
            from = to;
        }
        return this;
    }

    /** Integers in bulk, their count first: a search shard's postings are millions of them. */
    public Fingerprint ints(int[] values, int from, int to) {
        number(to - from);
        for (int i = from; i < to; i++) {
            room(2);
            units[size++] = (char) values[i];
            units[size++] = (char) (values[i] >>> 16);
        }
        return this;
    }

    /** Length first, then two bytes to a unit (the first the low half); an odd last byte alone in its unit. */
    public Fingerprint bytes(byte[] b) {
        number(b.length);
        for (int i = 0; i < b.length; i += 2) {
            room(1);
            units[size++] = (char) ((b[i] & 0xff) | (i + 1 < b.length ? (b[i + 1] & 0xff) << 8 : 0));
        }
        return this;
    }

    /** The 128 bits, in hex (h1 then h2, each little-endian, as Guava writes Murmur3's bytes). Ends this fingerprint. */
    public String hex() {
        int whole = size & ~7;
        blocks(whole);
        tail(whole);
        long total = length + 2L * (size - whole);
        h1 ^= total;
        h2 ^= total;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return HexFormat.of().toHexDigits(Long.reverseBytes(h1)) + HexFormat.of().toHexDigits(Long.reverseBytes(h2));
    }

    /** Makes room for n more units, hashing the buffer when it is full. */
    private void room(int n) {
        if (size + n > units.length) {
            int whole = size & ~7;
            blocks(whole);
            System.arraycopy(units, whole, units, 0, size - whole);
            size -= whole;
        }
    }

    /** Hashes the first {@code count} units, a multiple of 8: Murmur3's body, a 16-byte block at a time. */
    private void blocks(int count) {
        long a = h1;
        long b = h2;
        for (int i = 0; i < count; i += 8) {
            long k1 = units[i] | (long) units[i + 1] << 16 | (long) units[i + 2] << 32 | (long) units[i + 3] << 48;
            long k2 = units[i + 4] | (long) units[i + 5] << 16 | (long) units[i + 6] << 32 | (long) units[i + 7] << 48;
            a ^= Long.rotateLeft(k1 * C1, 31) * C2;
            a = Long.rotateLeft(a, 27) + b;
            a = a * 5 + 0x52dce729;
            b ^= Long.rotateLeft(k2 * C2, 33) * C1;
            b = Long.rotateLeft(b, 31) + a;
            b = b * 5 + 0x38495ab5;
        }
        h1 = a;
        h2 = b;
        length += 2L * count;
    }

    /** Murmur3's tail: the fewer than 8 units from {@code at} to the end of the buffer. */
    private void tail(int at) {
        long k1 = 0;
        long k2 = 0;
        for (int i = at; i < size; i++) {
            int shift = 16 * ((i - at) & 3);
            if (i - at < 4) k1 |= (long) units[i] << shift;
            else k2 |= (long) units[i] << shift;
        }
        if (size - at > 4) h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        if (size > at) h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
