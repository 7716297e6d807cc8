package org.gazette.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Block;

/**
 * One entry of the {@link ParseCache} on disk: an encoded parse ({@link ParsedSourceCodec}) and its
 * documents' texts (正文), each compressed alone ({@link Zstandard}), so that the parse is read
 * without the texts and one text without the others. The file holds how many texts there are,
 * the parse's length and each text's, then the parse, then the texts.
 *
 * <p>A build asks for a document's text when it renders its page and when it indexes it, each
 * stage in an order of its own, so a text is read from the file each time: a clean build of a
 * 20,000-document archive holds its parses without their texts (126 MB of live heap while its
 * pages render, against 480 MB with them), the texts being short-lived wherever they are read.
 * When the texts of an issue were one frame, a whole issue was decompressed to give one of them.
 */
final class CacheEntryFile {

    /** How many texts, and the parse's length: what the file begins with. */
    private static final int HEAD = 8;

    private final Path file;
    /** Where each text begins in the file, and where the last one ends: one more than there are texts. */
    private final long[] bounds;

    private CacheEntryFile(Path file, long[] bounds) {
        this.file = file;
        this.bounds = bounds;
    }

    /** An entry's parse, decompressed, and where its texts are. */
    record Read(byte[] parse, CacheEntryFile texts) {
    }

    /** Writes an entry's file whole or not at all (written aside, then moved into place); where its texts are. */
    static CacheEntryFile write(Path file, ParsedSourceCodec.Encoded encoded) throws IOException {
        List<byte[]> parts = new ArrayList<>(1 + encoded.texts().size());
        parts.add(encoded.parse());
        parts.addAll(encoded.texts());
        List<byte[]> frames = Zstandard.compressed(parts);
        int count = encoded.texts().size();
        ByteBuffer head = ByteBuffer.allocate(HEAD + 4 * count).putInt(count).putInt(frames.get(0).length);
        long[] bounds = new long[count + 1];
        bounds[0] = head.capacity() + frames.get(0).length;
        for (int k = 0; k < count; k++) {
            int length = frames.get(k + 1).length;
            head.putInt(length);
            bounds[k + 1] = bounds[k] + length;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            out.write(head.flip());
            for (byte[] frame : frames) out.write(ByteBuffer.wrap(frame));
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new CacheEntryFile(file, bounds);
    }

    /**
     * An entry's parse and where its texts are, in three reads of the file: an IOException when it
     * cannot be read, is not an entry, or is not as long as it says (cut short, lengthened).
     */
    static Read read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            long size = in.size();
            ByteBuffer head = ByteBuffer.wrap(bytes(in, 0, HEAD));
            int count = head.getInt();
            int parseLength = head.getInt();
            long parseAt = HEAD + 4L * count; // after the texts' lengths
            if (count < 0 || parseLength < 0 || parseAt + parseLength > size) throw new IOException("not an entry");
            ByteBuffer lengths = ByteBuffer.wrap(bytes(in, HEAD, 4 * count));
            long[] bounds = new long[count + 1];
            bounds[0] = parseAt + parseLength;
            for (int k = 0; k < count; k++) {
                int length = lengths.getInt();
                if (length < 0) throw new IOException("not an entry");
                bounds[k + 1] = bounds[k] + length;
            }
            if (bounds[count] != size) throw new IOException("an entry of another length than it says");
            byte[] parse = Zstandard.decompressed(bytes(in, parseAt, parseLength));
            return new Read(parse, new CacheEntryFile(file, bounds));
        }
    }

    /** The blocks of a text, by its place among the entry's texts: an IOException when it cannot be read or is damaged. */
    List<Block> body(int text) throws IOException {
        if (text >= bounds.length - 1) throw new IOException("no text " + text + " in the entry");
        try (FileChannel in = FileChannel.open(file)) {
            byte[] frame = bytes(in, bounds[text], (int) (bounds[text + 1] - bounds[text]));
            return ParsedSourceCodec.body(Zstandard.decompressed(frame));
        }
    }

    /** The bytes at a place of the file, in as many reads as it takes. */
    private static byte[] bytes(FileChannel in, long position, int length) throws IOException {
        ByteBuffer to = ByteBuffer.allocate(length);
        while (to.hasRemaining()) {
            if (in.read(to, position + to.position()) < 0) throw new IOException("an entry cut short");
        }
        return to.array();
    }

    /** The file's path. */
    Path file() {
        return file;
    }
}
