package org.gazette.render;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.gazette.link.CitationIndex;

/**
 * What each document's text mentions, kept between builds ({@code .site.cache/mentions}): the
 * lookups of the mentions in its paragraphs, by what the document was made from
 * ({@link org.gazette.link.ArchiveDocument#madeFrom()}). Finding them means running the citation
 * patterns over the whole text, most of the work of a document page; knowing them, a build can ask
 * the archive what each mention leads to now and tell whether a page is unchanged without cutting
 * its text (see {@link DocumentPage}). Thread-safe.
 *
 * <p>What is kept is a fact about a text, not about an archive: the value of a key never changes
 * (the key covers the code, the source's bytes and its sidecar), so the memory can only be
 * incomplete, never wrong. A file that cannot be read is an empty memory.
 */
public final class MentionMemory {

    private static final int FORMAT = 0x474d4e32; // "GMN2"

    private final Map<String, List<CitationIndex.Lookup>> kept;
    /** What this build looked up or learnt: the memory written for the next build. */
    private final Map<String, List<CitationIndex.Lookup>> used = new ConcurrentHashMap<>();
    private volatile boolean learnt;

    private MentionMemory(Map<String, List<CitationIndex.Lookup>> kept) {
        this.kept = kept;
    }

    /** A memory that knows nothing (a clean build's). */
    public static MentionMemory empty() {
        return new MentionMemory(Map.of());
    }

    /** The memory a build left, or an empty one when there is none or it cannot be read. */
    public static MentionMemory read(Path file) {
        if (!Files.isRegularFile(file)) return empty();
        CheckedInputStream checked;
        try (DataInputStream in = new DataInputStream(checked = new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32()))) {
            if (in.readInt() != FORMAT) return empty();
            CitationIndex.Lookup[] distinct = new CitationIndex.Lookup[in.readInt()];
            for (int i = 0; i < distinct.length; i++) {
                distinct[i] = new CitationIndex.Lookup(nullable(in), nullable(in), nullable(in), nullable(in));
            }
            int count = in.readInt();
            Map<String, List<CitationIndex.Lookup>> kept = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                String made = in.readUTF();
                CitationIndex.Lookup[] lookups = new CitationIndex.Lookup[in.readInt()];
                for (int k = 0; k < lookups.length; k++) lookups[k] = distinct[in.readInt()];
                kept.put(made, List.of(lookups));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) return empty();
            return new MentionMemory(kept);
        } catch (IOException | RuntimeException e) {
            return empty(); // damaged: every page's text is read again, and the memory written anew
        }
    }

    /** The lookups of the mentions in the text of a document made from this, or null when not known. */
    List<CitationIndex.Lookup> of(String madeFrom) {
        List<CitationIndex.Lookup> lookups = kept.get(madeFrom);
        if (lookups != null) used.put(madeFrom, lookups);
        return lookups;
    }

    /** Learns the lookups of the mentions in the text of a document made from this. */
    void put(String madeFrom, List<CitationIndex.Lookup> lookups) {
        if (used.put(madeFrom, List.copyOf(lookups)) == null && !kept.containsKey(madeFrom)) learnt = true;
    }

    /** True when the memory to keep differs from the one read: something learnt, or something no longer used. */
    public boolean changed() {
        return learnt || used.size() != kept.size();
    }

    /** Writes what this build used and learnt (written aside, then moved into place). */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "mentions", ".tmp");
        try {
            writeTo(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes each distinct lookup once (documents mention the same few laws again and again), then
     * the entries, then a checksum: a page is kept on what this file says.
     */
    private void writeTo(Path temporary) throws IOException {
        CheckedOutputStream checked;
        try (DataOutputStream out = new DataOutputStream(checked = new CheckedOutputStream(
                new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), new CRC32()))) {
            out.writeInt(FORMAT);
            List<Map.Entry<String, List<CitationIndex.Lookup>>> entries = new ArrayList<>(used.entrySet());
            entries.sort(Map.Entry.comparingByKey()); // the same memory, the same bytes
            Map<CitationIndex.Lookup, Integer> numbers = new LinkedHashMap<>();
            for (Map.Entry<String, List<CitationIndex.Lookup>> e : entries) {
                for (CitationIndex.Lookup l : e.getValue()) numbers.putIfAbsent(l, numbers.size());
            }
            out.writeInt(numbers.size());
            for (CitationIndex.Lookup l : numbers.keySet()) {
                nullable(out, l.number());
                nullable(out, l.order());
                nullable(out, l.title());
                nullable(out, l.outside());
            }
            out.writeInt(entries.size());
            for (Map.Entry<String, List<CitationIndex.Lookup>> e : entries) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (CitationIndex.Lookup l : e.getValue()) out.writeInt(numbers.get(l));
            }
            out.writeLong(checked.getChecksum().getValue());
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }
}
