package org.gazette.publish;

import java.util.HexFormat;

/**
 * A 128-bit hash as the manifest writes it (a content hash, a page's inputs fingerprint): 32 hex
 * digits, held in memory as two longs. All zeros stands for "none".
 */
final class Hash128 {

    private Hash128() {
    }

    /** Whether the text is a hash as the manifest writes them (a line edited by hand may hold anything). */
    static boolean isHex(String s) {
        if (s == null || s.length() != 32) return false;
        for (int i = 0; i < 32; i++) {
            if (!HexFormat.isHexDigit(s.charAt(i))) return false;
        }
        return true;
    }

    /** The first 64 bits of a hash; 0 for null. */
    static long high(String hex) {
        return hex == null ? 0 : HexFormat.fromHexDigitsToLong(hex, 0, 16);
    }

    /** The last 64 bits of a hash; 0 for null. */
    static long low(String hex) {
        return hex == null ? 0 : HexFormat.fromHexDigitsToLong(hex, 16, 32);
    }

    /** The hash in hex; null for all zeros. */
    static String hex(long high, long low) {
        return high == 0 && low == 0 ? null : HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }
}
