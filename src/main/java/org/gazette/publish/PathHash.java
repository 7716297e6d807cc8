package org.gazette.publish;

/**
 * A 64-bit hash of a site path (or path#id), for the sets of a quarter of a million paths a build
 * keeps: eight bytes instead of a string each. FNV-1a over the UTF-16 code units, then murmur3's
 * finaliser; never 0 or −1, which callers use as markers. Among a million paths the chance that
 * two share a hash is about 3·10⁻⁸.
 */
final class PathHash {

    private PathHash() {
    }

    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == -1 || h == 0 ? 1 : h;
    }
}
