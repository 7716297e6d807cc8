package org.gazette.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.google.common.hash.Hashing;

import org.gazette.render.Fingerprint;
import org.gazette.source.TextDecoder;

/**
 * What a published site holds: every file's path and a hash of its content, and for a page the
 * fingerprint of what it was rendered from. It is written into the site itself ({@value #FILE}), so
 * that it always describes the files beside it (the site and its manifest are swapped or committed
 * together), and the next build writes only the files whose hash differs and renders only the
 * pages whose inputs differ. A path that ends with '/' is a folder whose files are made together
 * ({@code SiteFolder}): one line, whose hash folds its files' names and hashes ({@link #folderHash}).
 * Lines are in path order, so that two builds of the same site write the same file.
 */
public final class Manifest {

    public static final String FILE = ".gazette-manifest";
    /**
     * Versions 1 and 2 hashed with SHA-256 (1 had no inputs column): their hashes cannot say which
     * files are unchanged, so a site they describe is written again once, whole. Version 3 had no
     * folder lines and is read as it is (a folder of its files is then known by their own lines);
     * version 4 is new so that a gazette of version 3 does not take a folder line for a file.
     */
    private static final String HEADER = "gazette-manifest 4";
    private static final String READABLE_OLDER = "gazette-manifest 3";
    private static final String NO_INPUTS = "-";

    private Manifest() {
    }

    /** A line of a manifest file: a path, its content hash and the fingerprint of its inputs (null when none). */
    public record Line(String path, String hash, String inputs) {
    }

    /**
     * The lines of a site's manifest as the file holds them (in path order), or empty when the site
     * has none (never built, or by another tool, or by an unknown version: then everything is made
     * again).
     *
     * @throws Damaged when the file is not what a build wrote (bytes that are not UTF-8, a line
     *                 without its three fields, a path leading out of the site): it cannot say what
     *                 the site holds
     */
    public static Optional<List<Line>> lines(Path site) throws IOException {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new Damaged(file, TextDecoder.lineNotUtf8(Files.readAllBytes(file)), "not UTF-8");
        }
        if (text.isEmpty() || !(text.get(0).equals(HEADER) || text.get(0).equals(READABLE_OLDER))) {
            return Optional.empty(); // unknown: rebuild all
        }
        List<Line> lines = new ArrayList<>(text.size());
        for (int i = 1; i < text.size(); i++) {
            String line = text.get(i);
            // hash, inputs, path: the path last, as it is the only field that is not a fixed token
            int tab = line.indexOf('\t');
            int pathStart = line.indexOf('\t', tab + 1) + 1;
            if (tab <= 0 || pathStart <= tab + 1 || pathStart == line.length()) {
                throw new Damaged(file, i + 1, "not a line of hash, inputs and path");
            }
            String path = line.substring(pathStart);
            if (!InsideSite.contains(path)) throw new Damaged(file, i + 1, "a path outside the site");
            boolean noInputs = line.startsWith(NO_INPUTS + "\t", tab + 1);
            lines.add(new Line(path, line.substring(0, tab),
                    noInputs ? null : line.substring(tab + 1, pathStart - 1)));
        }
        return Optional.of(lines);
    }

    /** A manifest that a build did not write as it is (damaged on disk, edited, saved in another encoding). */
    public static final class Damaged extends IOException {
        private final Path file;
        private final int line;
        private final String why;

        Damaged(Path file, int line, String why) {
            super(file + ":" + line + ": " + why);
            this.file = file;
            this.line = line;
            this.why = why;
        }

        public String why() {
            return why;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }
    }

    /** Writes a manifest of these lines, which are in path order. */
    static void write(Path file, List<Line> lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Line l : lines) {
                out.write(l.hash());
                out.write('\t');
                out.write(l.inputs() == null ? NO_INPUTS : l.inputs());
                out.write('\t');
                out.write(l.path());
                out.write('\n');
            }
        }
    }

    /**
     * The content hash the manifest records: 128 bits of MurmurHash3, in hex. Not cryptographic, for
     * the reasons a page's fingerprint is not ({@code Fingerprint}): it only tells whether a file
     * changed between two builds, and every build hashes every file it makes (the data files alone are
     * 40 MB on a 20,000-document archive).
     */
    public static String hash(byte[] content) {
        return HexFormat.of().formatHex(Hashing.murmur3_128().hashBytes(content).asBytes());
    }

    /** The hash a folder's line records: of its files' names and {@linkplain #hash hashes}, in order. */
    static String folderHash(List<String> names, List<String> hashes) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < names.size(); i++) folded.append(names.get(i)).append('\t').append(hashes.get(i)).append('\n');
        return hash(folded.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What a folder's line records as its inputs: the fingerprint its files were made from, and
     * their names. A build that keeps the folder by its inputs then keeps these files and no others,
     * so that the names need not be looked for in the folder when it is untouched since the
     * manifest ({@link SiteListing}). Null when the folder has no inputs.
     */
    static String folderInputs(String inputs, List<String> names) {
        if (inputs == null) return null;
        Fingerprint f = new Fingerprint().string(inputs).number(names.size());
        for (String name : names) f.string(name);
        return f.hex();
    }

    /** The folder a path is directly inside, as a folder's line names it ("a/b/" for "a/b/c.js"; "" at the root). */
    static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
