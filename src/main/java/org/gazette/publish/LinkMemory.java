package org.gazette.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What the link checker read from the pages of the last build, kept beside the site (in its cache
 * folder) for the next one: for each page rendered from known inputs, the fingerprint of those
 * inputs and the hashes of its ids and of its links' targets. A page the next build keeps without
 * rendering (same fingerprint) is then checked without being read again: two weeks later the
 * site's files are no longer in the operating system's cache, and reading them all back would
 * cost more than rendering them.
 */
final class LinkMemory {

    private static final String HEADER = "gazette-links 1"; // with PathHash's hashes

    /** A page as the link checker knows it. */
    record Page(String inputs, long[] own, long[] out) {
    }

    private LinkMemory() {
    }

    /** The pages remembered in a file; none when it is missing, of another version or damaged. */
    static Map<String, Page> read(Path file) {
        Map<String, Page> pages = new HashMap<>();
        if (!Files.isRegularFile(file)) return pages;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(HEADER)) return pages;
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                String inputs = in.readUTF();
                pages.put(path, new Page(inputs, longs(in), longs(in)));
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // damaged: every kept page is read again, nothing worse
        }
    }

    /** Writes the pages, replacing the file at once (a reader never sees half of it). */
    static void write(Path file, Map<String, Page> pages) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeUTF(HEADER);
            out.writeInt(pages.size());
            for (Map.Entry<String, Page> p : pages.entrySet()) {
                out.writeUTF(p.getKey());
                out.writeUTF(p.getValue().inputs());
                longs(out, p.getValue().own());
                longs(out, p.getValue().out());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Hashes read as one block (big-endian, as the stream writes a long) rather than a stream call each: millions of them. */
    private static long[] longs(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) throw new IOException("not a count: " + count);
        byte[] block = in.readNBytes(count * Long.BYTES);
        if (block.length != count * Long.BYTES) throw new EOFException();
        long[] values = new long[count];
        ByteBuffer.wrap(block).asLongBuffer().get(values);
        return values;
    }

    private static void longs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer block = ByteBuffer.allocate(values.length * Long.BYTES);
        block.asLongBuffer().put(values);
        out.write(block.array());
    }
}
