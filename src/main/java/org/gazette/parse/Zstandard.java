package org.gazette.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * The parse cache's compression: Zstandard frames (zstd-jni) at level 1, each with a checksum of
 * its content. Deflate (zlib's fastest level) took a fifth of a clean build's parse stage, and four
 * times as long to compress the parses of the benchmark archive (3.4 s against 0.75 s for 298 MB)
 * and five to read them back, for about the same size (124 MB against 128 MB).
 */
final class Zstandard {

    /** The least a frame begins with: its magic number and its header's first byte. */
    private static final int FRAME_HEADER_MIN = 5;

    private Zstandard() {
    }

    /** Each part a frame of its own, in order (one compression context for them all). */
    static List<byte[]> compressed(List<byte[]> parts) {
        List<byte[]> frames = new ArrayList<>(parts.size());
        try (ZstdCompressCtx zstd = new ZstdCompressCtx()) {
            zstd.setLevel(1).setChecksum(true);
            for (byte[] part : parts) frames.add(zstd.compress(part));
        }
        return frames;
    }

    /** A frame decompressed whole; an IOException when it is damaged or cut short (its checksum, its length). */
    static byte[] decompressed(byte[] frame) throws IOException {
        if (frame.length < FRAME_HEADER_MIN) throw new IOException("not a frame, or one cut short"); // zstd-jni fails on an empty array
        try {
            long size = Zstd.getFrameContentSize(frame);
            if (size < 0 || size > Integer.MAX_VALUE) throw new IOException("not a frame, or one cut short");
            byte[] bytes = Zstd.decompress(frame, (int) size);
            if (bytes.length != size) throw new IOException("a frame of another length");
            return bytes;
        } catch (ZstdException e) {
            throw new IOException("a damaged frame", e);
        }
    }
}
