package org.gazette.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.HexFormat;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;

/**
 * The fingerprint of what a file is made from: 128 bits of MurmurHash3 over a sequence of tags,
 * numbers, strings and byte arrays, fed through a buffer (a page's model is many short strings).
 * Two equal fingerprints mean the same inputs, so the file made from them need not be made again.
 * Not thread-safe: one per fingerprint.
 *
 * <p>Not a cryptographic hash, on purpose. A fingerprint only tells whether something changed
 * between two builds of one site, and an incremental build runs its code compiled by C1 alone
 * (see the launcher), where SHA-256 has no intrinsic: it hashed 80 MB/s there, nearly a third of a
 * build's processor time, against 1 GB/s for Murmur3 (2.4 GB/s against SHA-256's 1.4 GB/s when compiled by
 * C2). Someone who could make two inputs collide could as well leave the input unchanged: the worst
 * a collision does is keep a file as it was, until a {@code --clean} build.
 */
public final class Fingerprint {
    private final Hasher hasher = Hashing.murmur3_128().newHasher();
    /** Small: a build makes one fingerprint per page, file and search entry, ~300,000 (8 KB each was 2.4 GB to allocate and clear). */
    private final byte[] buffer = new byte[1024];
    private final char[] chars = new char[buffer.length / 2];
    private final CharBuffer units = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer();
    private final IntBuffer ints = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    private int size;

    /** A character that says what follows; two bytes, so that strings' code units stay aligned in the buffer. */
    public Fingerprint tag(char c) {
        room(2);
        buffer[size++] = (byte) (c >>> 8);
        buffer[size++] = (byte) c;
        return this;
    }

    public Fingerprint number(int n) {
        room(4);
        buffer[size++] = (byte) (n >>> 24);
        buffer[size++] = (byte) (n >>> 16);
        buffer[size++] = (byte) (n >>> 8);
        buffer[size++] = (byte) n;
        return this;
    }

    public Fingerprint number(long n) {
        return number((int) (n >>> 32)).number((int) n);
    }

    /**
     * As UTF-16 code units, length first, so that no two sequences of strings feed the same
     * bytes. Not encoded as the page will be (UTF-8): encoding every text of the archive was
     * most of the fingerprints' time, and two strings that differ in UTF-16 but not in UTF-8
     * (lone surrogates, both '?') only cost a file made again to the same bytes. Null is told
     * apart from every string.
     */
    public Fingerprint string(String s) {
        if (s == null) return number(-1);
        int length = s.length();
        number(length);
        for (int from = 0; from < length; ) {
            room(2);
            int to = Math.min(length, from + (buffer.length - size) / 2);
            s.getChars(from, to, chars, 0); // in bulk: charAt checks bounds and the string's coder per character
            // Copied as one block through a char view of the buffer (a memory copy, not a loop of shifts:
            // that loop was most of a fingerprint's time). Little-endian on every machine, so fingerprints
            // do not depend on where they were made.
            units.position(size / 2).put(chars, 0, to - from);
            size += 2 * (to - from);
            from = to;
        }
        return this;
    }

    /**
     * Integers in bulk, their count first, as one block of memory: a search shard's postings are
     * millions of them, and a call per integer was most of the time spent fingerprinting shards.
     * Little-endian, unlike {@link #number}: the two never feed the same position of a sequence.
     */
    public Fingerprint ints(int[] values, int from, int to) {
        number(to - from);
        while (from < to) {
            flush(); // the view is written from its start
            int n = Math.min(to - from, buffer.length / 4);
            ints.position(0).put(values, from, n);
            size = 4 * n;
            from += n;
        }
        return this;
    }

    public Fingerprint bytes(byte[] b) {
        number(b.length);
        flush();
        hasher.putBytes(b);
        return this;
    }

    /** The 128 bits, in hex. Ends this fingerprint. */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(hasher.hash().asBytes());
    }

    private void room(int n) {
        if (size + n > buffer.length) flush();
    }

    private void flush() {
        hasher.putBytes(buffer, 0, size);
        size = 0;
    }
}
