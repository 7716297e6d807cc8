package org.gazette.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes an {@link IndexState}: binary, stamped with the code that made it (weights
 * change with the code). Anything unreadable — missing, cut, another code's — reads as no state,
 * and the next build analyses every entry.
 *
 * <p>Not deflated: at 20,000 documents the state is 62 MB, 27 MB deflated, and deflating it kept
 * the thread that writes it busy past the end of an incremental build (adding an issue took
 * 7.0–7.4 s instead of 7.7–9.9 s, interleaved): 35 MB of a cache folder for most of a second.
 */
public final class IndexStateFile {

    private static final int MAGIC = 0x475a4958; // "GZIX"
    /** A posting in the file: its entry (an int), weight and segment (unsigned shorts). */
    private static final int POSTING_BYTES = 8;

    private IndexStateFile() {
    }

    /** The state in this file, if it is there, whole and made by this code; its maps mutable, for {@link IndexUpdate} to take over. */
    public static Optional<IndexState> read(Path file, String codeVersion) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(codeVersion)) return Optional.empty();
            int n = in.readInt();
            List<String> urls = new ArrayList<>(n);
            List<String> hashes = new ArrayList<>(n);
            List<Integer> lengths = new ArrayList<>(n);
            List<String> stamps = new ArrayList<>(n);
            List<String> sinces = new ArrayList<>(n);
            List<String[]> fields = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                urls.add(in.readUTF());
                hashes.add(in.readUTF());
                lengths.add(in.readInt());
                stamps.add(in.readUTF());
                sinces.add(nullable(in));
                String[] f = new String[in.readUnsignedByte()];
                for (int k = 0; k < f.length; k++) f[k] = nullable(in);
                fields.add(f);
            }
            int count = in.readInt();
            String[] terms = new String[count];
            Map<String, TermPostings> postings = new HashMap<>(count * 2);
            for (int t = 0; t < count; t++) {
                terms[t] = in.readUTF();
                int df = in.readInt();
                int size = in.readInt();
                if (size < 0) return Optional.empty();
                // A term's postings read as one block: a stream call per integer made reading the
                // 20,000-document archive's state 1.1 s instead of 0.8 s under C1.
                ByteBuffer block = ByteBuffer.wrap(in.readNBytes(size * POSTING_BYTES));
                if (block.remaining() != size * POSTING_BYTES) return Optional.empty();
                int[] p = new int[size * SearchIndex.STRIDE];
                for (int k = 0; k < p.length; k += SearchIndex.STRIDE) {
                    p[k] = block.getInt();
                    p[k + 1] = Short.toUnsignedInt(block.getShort());
                    p[k + 2] = Short.toUnsignedInt(block.getShort());
                }
                postings.put(terms[t], new TermPostings(df, p));
            }
            int listed = in.readInt();
            Map<Integer, List<String>> listedTerms = new HashMap<>(listed * 2);
            for (int s = 0; s < listed; s++) {
                int entry = in.readInt();
                String[] held = new String[in.readInt()];
                for (int t = 0; t < held.length; t++) held[t] = terms[in.readInt()];
                listedTerms.put(entry, List.of(held));
            }
            if (in.readInt() != MAGIC || in.read() != -1) return Optional.empty(); // whole, to the file's end
            return Optional.of(new IndexState(urls, hashes, lengths, stamps, sinces, fields, listedTerms, postings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: as if there were none, and every entry is analysed
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }

    /** Writes the state aside, then moves it over the old one: a build killed midway leaves the old state or none. */
    public static void write(Path file, String codeVersion, IndexState state) throws IOException {
        Files.createDirectories(file.getParent());
        Path aside = file.resolveSibling(file.getFileName() + ".new");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(aside), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeUTF(codeVersion);
            out.writeInt(state.urls().size());
            for (int i = 0; i < state.urls().size(); i++) {
                out.writeUTF(state.urls().get(i));
                out.writeUTF(state.hashes().get(i));
                out.writeInt(state.lengths().get(i));
                out.writeUTF(state.stamps().get(i));
                nullable(out, state.sinces().get(i));
                out.writeByte(state.fields().get(i).length);
                for (String field : state.fields().get(i)) nullable(out, field);
            }
            // Terms first, numbered in the order written: an entry's listed terms are written as those numbers.
            Map<String, Integer> numbers = new HashMap<>(state.postings().size() * 2);
            out.writeInt(state.postings().size());
            for (Map.Entry<String, TermPostings> e : state.postings().entrySet()) {
                numbers.put(e.getKey(), numbers.size());
                out.writeUTF(e.getKey());
                TermPostings p = e.getValue();
                out.writeInt(p.df());
                out.writeInt(p.size());
                // As one block, in the stream's own byte order (big-endian), as it is read.
                ByteBuffer block = ByteBuffer.allocate(p.size() * POSTING_BYTES);
                for (int k = 0; k < p.size(); k++) {
                    block.putInt(p.entry(k));
                    block.putShort((short) p.weight(k)); // at most (K1 + 1)·SCALE = 2,200
                    block.putShort((short) p.segment(k)); // kept below 65,535 by the analysis
                }
                out.write(block.array());
            }
            out.writeInt(state.listedTerms().size());
            for (Map.Entry<Integer, List<String>> e : state.listedTerms().entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue().size());
                for (String term : e.getValue()) out.writeInt(numbers.get(term));
            }
            out.writeInt(MAGIC);
        }
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
