package org.gazette.publish;

import java.util.List;

/**
 * The manifest of the site a build replaces, kept for lookups while the build runs: path hash →
 * content hash and inputs fingerprint, in long arrays (open addressing). As a map of strings, a
 * quarter of a million paths and hashes took 50 MB of a heap that the archive and the search index
 * already fill; this takes about 20.
 */
final class PreviousManifest {

    private final long[] paths;
    private final long[] high;
    private final long[] low;
    private final long[] inputsHigh;
    private final long[] inputsLow;
    /** The line each path is on in the manifest file, which lists them in path order. */
    private final int[] lines;
    private final int size;

    PreviousManifest(List<Manifest.Line> lines) {
        size = lines.size();
        int capacity = Integer.highestOneBit(Math.max(4, lines.size()) * 4 - 1);
        paths = new long[capacity];
        high = new long[capacity];
        low = new long[capacity];
        inputsHigh = new long[capacity];
        inputsLow = new long[capacity];
        this.lines = new int[capacity];
        for (int i = 0; i < lines.size(); i++) {
            Manifest.Line line = lines.get(i);
            if (!Hash128.isHex(line.hash())) continue; // edited by hand: the file is written again
            long path = PathHash.of(line.path());
            int slot = slot(path);
            paths[slot] = path;
            this.lines[slot] = i;
            high[slot] = Hash128.high(line.hash());
            low[slot] = Hash128.low(line.hash());
            if (Hash128.isHex(line.inputs())) {
                inputsHigh[slot] = Hash128.high(line.inputs());
                inputsLow[slot] = Hash128.low(line.inputs());
            }
        }
    }

    /** How many files the site had. */
    int size() {
        return size;
    }

    /**
     * The line of the manifest that has this path, counted from 0 among {@link #size} lines: the
     * path's place in path order, if the file was written by a build. −1 when it has none.
     */
    int line(String path) {
        int slot = slot(PathHash.of(path));
        return paths[slot] == 0 ? -1 : lines[slot];
    }

    /** Whether the site had this path (with a content hash as the manifest writes them). */
    boolean has(String path) {
        return paths[slot(PathHash.of(path))] != 0;
    }

    /** Whether the site had this path with this content hash ({@link Manifest#hash}). */
    boolean unchanged(String path, String hash) {
        int slot = slot(PathHash.of(path));
        return paths[slot] != 0 && high[slot] == Hash128.high(hash) && low[slot] == Hash128.low(hash);
    }

    /**
     * Where the manifest holds this path if the file was made from these inputs (a fingerprint's
     * {@link Hash128} halves, not both zero), else −1: its content hash is then {@link #high} and
     * {@link #low} there. Numbers, not hex: a quarter of a million files are looked up in a build.
     */
    int madeFrom(String path, long madeHigh, long madeLow) {
        int slot = slot(PathHash.of(path));
        boolean made = paths[slot] != 0 && (madeHigh != 0 || madeLow != 0)
                && inputsHigh[slot] == madeHigh && inputsLow[slot] == madeLow;
        return made ? slot : -1;
    }

    /** The first half of the content hash at a slot {@link #madeFrom} gave. */
    long high(int slot) {
        return high[slot];
    }

    /** The second half of the content hash at a slot {@link #madeFrom} gave. */
    long low(int slot) {
        return low[slot];
    }

    /** The path's slot, or the empty slot where it would go. */
    private int slot(long path) {
        int mask = paths.length - 1;
        int slot = (int) (path ^ (path >>> 32)) & mask;
        while (paths[slot] != 0 && paths[slot] != path) slot = (slot + 1) & mask;
        return slot;
    }
}
