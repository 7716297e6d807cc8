package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;

import com.google.common.hash.Hashing;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    /** Guava's Murmur3 of the bytes a fingerprint is made of, hashed in one piece. */
    private static String guava(ByteBuffer fed) {
        return HexFormat.of().formatHex(Hashing.murmur3_128().hashBytes(fed.array(), 0, fed.position()).asBytes());
    }

    private static ByteBuffer stream() {
        return ByteBuffer.allocate(40_000).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void isMurmur3OfItsCodeUnitsWhateverTheirLength() {
        int[] values = new int[2000]; // several times the buffer
        for (int i = 0; i < values.length; i++) values[i] = i * 7919 - 1_000_000; // negative ones too
        String text = "湘政发〔2024〕9号 HNPR-2024-00005 ".repeat(150); // longer than the buffer too
        byte[] template = {(byte) 0xe6, (byte) 0xb9, (byte) 0x98, '<', 'p', '>', '\n'}; // an odd number of bytes

        ByteBuffer fed = stream();
        fed.putChar('s').putInt(text.length());
        for (char c : text.toCharArray()) fed.putChar(c);
        fed.putInt(1500);
        for (int i = 100; i < 1600; i++) fed.putInt(values[i]);
        fed.putInt(template.length).put(template).put((byte) 0);
        fed.putInt(-1); // null
        fed.putInt(42).putInt(7).putInt(0xcafe); // number(42), then number(7L << 32 | 0xcafe)

        String fingerprint = new Fingerprint().tag('s').string(text).ints(values, 100, 1600).bytes(template)
                .string(null).number(42).number(7L << 32 | 0xcafe).hex();
        assertEquals(guava(fed), fingerprint);
    }

    @Test
    void everyLengthOfTailIsMurmur3() {
        // 0 to 15 bytes after the last whole block, and inputs shorter than a block
        for (int units = 0; units <= 40; units++) {
            ByteBuffer fed = stream();
            Fingerprint f = new Fingerprint();
            for (int u = 0; u < units; u++) {
                char c = (char) ('一' + u * 31);
                fed.putChar(c);
                f.tag(c);
            }
            assertEquals(guava(fed), f.hex(), units + " units");
        }
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
