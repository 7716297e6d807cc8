package org.gazette.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a published site holds: every file's path and a hash of its content, and for a page the
 * fingerprint of what it was rendered from. It is written into the site itself ({@value #FILE}), so
 * that it always describes the files beside it (the site and its manifest are swapped or committed
 * together), and the next build writes only the files whose hash differs and renders only the
 * pages whose inputs differ. Lines are in path order, so that two builds of the same site
 * write the same file.
 */
public final class Manifest {

    public static final String FILE = ".gazette-manifest";
    private static final String HEADER = "gazette-manifest 2";
    /** Version 1 had no inputs column; its hashes still say which files are unchanged. */
    private static final String HEADER_1 = "gazette-manifest 1";
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
     */
    public static Optional<List<Line>> lines(Path site) throws IOException {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean withInputs = !text.isEmpty() && text.get(0).equals(HEADER);
        if (!withInputs && (text.isEmpty() || !text.get(0).equals(HEADER_1))) return Optional.empty(); // unknown: rebuild all
        List<Line> lines = new ArrayList<>(text.size());
        for (String line : text.subList(1, text.size())) {
            // hash, [inputs,] path: the path last, as it is the only field that is not a fixed token
            int tab = line.indexOf('\t');
            int pathStart = (withInputs ? line.indexOf('\t', tab + 1) : tab) + 1;
            if (tab <= 0 || pathStart <= tab) continue;
            boolean noInputs = !withInputs || line.startsWith(NO_INPUTS + "\t", tab + 1);
            lines.add(new Line(line.substring(pathStart), line.substring(0, tab),
                    noInputs ? null : line.substring(tab + 1, pathStart - 1)));
        }
        return Optional.of(lines);
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

    /** The content hash the manifest records: SHA-256, its first 128 bits in hex. */
    public static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
