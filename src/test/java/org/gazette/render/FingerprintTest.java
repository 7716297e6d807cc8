package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;

import com.google.common.hash.Hashing;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    /** What a fingerprint hashes, fed to Murmur3 in one piece: the buffer is only a way of feeding it. */
    private static String direct(ByteBuffer fed) {
        return HexFormat.of().formatHex(Hashing.murmur3_128().hashBytes(fed.array(), 0, fed.position()).asBytes());
    }

    @Test
    void stringsAndIntegersAreHashedAsTheirBytesWhateverTheirLength() {
        int[] values = new int[2000]; // 8 KB: several times the buffer
        for (int i = 0; i < values.length; i++) values[i] = i * 7919 - 1_000_000; // negative ones too
        String text = "湘政发〔2024〕9号 ".repeat(300); // 4,200 characters, longer than the buffer too

        ByteBuffer fed = ByteBuffer.allocate(20_000);
        fed.order(ByteOrder.BIG_ENDIAN).putShort((short) 's').putInt(text.length());
        fed.order(ByteOrder.LITTLE_ENDIAN);
        for (char c : text.toCharArray()) fed.putChar(c);
        fed.order(ByteOrder.BIG_ENDIAN).putInt(1500);
        fed.order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 100; i < 1600; i++) fed.putInt(values[i]);
        fed.order(ByteOrder.BIG_ENDIAN).putInt(42);

        String fingerprint = new Fingerprint().tag('s').string(text).ints(values, 100, 1600).number(42).hex();
        assertEquals(direct(fed), fingerprint);
    }

    @Test
    void anIntegerChangedOrARangeMovedChangesTheFingerprint() {
        int[] values = {1, 2, 3, 4, 5, 6};
        String before = new Fingerprint().ints(values, 0, 3).ints(values, 3, 6).hex();
        assertEquals(before, new Fingerprint().ints(values, 0, 3).ints(values, 3, 6).hex());
        assertNotEquals(before, new Fingerprint().ints(values, 0, 4).ints(values, 4, 6).hex(), "the same integers cut elsewhere");
        values[5] = 7;
        assertNotEquals(before, new Fingerprint().ints(values, 0, 3).ints(values, 3, 6).hex());
    }
}
