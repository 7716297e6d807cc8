package org.gazette.render;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes texts in UTF-8 through buffers kept from one text to the next, so that a text costs the
 * array of its bytes and nothing else: its string, and that string's UTF-8 (room for three bytes a
 * character, then cut), were 2.6 of the 28 GB a full build of the benchmark archive allocated for
 * its pages, whose bytes alone are 0.6. The bytes are those {@link String#getBytes} gives (a lone
 * surrogate becomes '?'). Used by one thread.
 */
final class Utf8Buffer {

    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private char[] chars = new char[16 * 1024];
    private ByteBuffer bytes = ByteBuffer.allocate(48 * 1024);

    /** The text's bytes in UTF-8. */
    byte[] encode(StringBuilder text) {
        int length = text.length();
        if (chars.length < length) chars = new char[Math.max(length, 2 * chars.length)];
        text.getChars(0, length, chars, 0);
        // A character is at most three bytes (a pair of surrogates, two characters, four).
        long most = 3L * length;
        if (bytes.capacity() < most) bytes = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, Math.max(most, 2L * bytes.capacity())));
        bytes.clear();
        utf8.reset();
        CoderResult result = utf8.encode(CharBuffer.wrap(chars, 0, length), bytes, true);
        if (!result.isUnderflow()) throw new IllegalStateException("UTF-8 of " + length + " characters: " + result);
        utf8.flush(bytes);
        return Arrays.copyOf(bytes.array(), bytes.position());
    }
}
