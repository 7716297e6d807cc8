package org.gazette.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a published site holds: every file's path and a hash of its content. It is written into the
 * site itself ({@value #FILE}), so that it always describes the files beside it (the site and its
 * manifest are swapped or committed together), and the next build writes only the files whose
 * hash differs.
 *
 * @param files site path → content hash, in path order
 */
public record Manifest(Map<String, String> files) {

    public static final String FILE = ".gazette-manifest";
    private static final String HEADER = "gazette-manifest 1";

    public Manifest {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The manifest of a site, or empty when the site has none (never built, or by another tool). */
    public static Optional<Manifest> read(Path site) throws IOException {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return Optional.empty(); // another version: rebuild all
        Map<String, String> files = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) files.put(line.substring(tab + 1), line.substring(0, tab));
        }
        return Optional.of(new Manifest(files));
    }

    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Map.Entry<String, String> e : files.entrySet()) {
                out.write(e.getValue());
                out.write('\t');
                out.write(e.getKey());
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
