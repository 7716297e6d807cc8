package org.gazette.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.gazette.model.ParsedSource;
import org.gazette.source.SourceReader;

/**
 * Parsed sources kept between builds, so that a rebuild after a new issue parses only the new
 * issue: an entry is keyed by a hash of the parser's code, the file's display name and its bytes,
 * so a changed file, a moved file or a new version of gazette is parsed again. Entries are the
 * {@link ParsedSource} records serialised and deflated (reading one back is several times faster
 * than parsing). Entries a build did not use are deleted after it ({@link #prune}). A damaged entry
 * is parsed again. Thread-safe.
 */
public final class ParseCache {

    private final Path dir;
    private final String version;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /**
     * @param dir     the cache folder (created when needed)
     * @param version the code's identity: entries of another version are never read
     */
    public ParseCache(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    /** Reads and parses a source file, or takes its parse from the cache. */
    public ParsedSource parse(Path file, String name, SourceReader reader, SourceParser parser) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String key = key(name, bytes);
        used.add(key);
        Path entry = dir.resolve(key.substring(0, 2)).resolve(key);
        if (Files.isRegularFile(entry)) {
            try (InputStream in = new InflaterInputStream(new BufferedInputStream(Files.newInputStream(entry)));
                 ObjectInputStream objects = new ObjectInputStream(in)) {
                return (ParsedSource) objects.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                // damaged or unreadable: parse again and replace it
            }
        }
        ParsedSource parsed = parser.parse(reader.decode(bytes, name), name);
        Files.createDirectories(entry.getParent());
        Path temporary = Files.createTempFile(entry.getParent(), key, ".tmp");
        try (OutputStream out = new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)),
                new Deflater(Deflater.BEST_SPEED));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(parsed);
        }
        Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return parsed;
    }

    /** Deletes the entries this cache's builds did not use. */
    public void prune() throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir, 2)) { // entries only (dir/ab/abcd…): the folder holds other caches too
            List<Path> stale = walk.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(dir))
                    .filter(p -> !used.contains(p.getFileName().toString())).toList();
            for (Path p : stale) Files.deleteIfExists(p);
        }
    }

    private String key(String name, byte[] bytes) {
        MessageDigest sha = sha256();
        sha.update(version.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        return HexFormat.of().formatHex(sha.digest(), 0, 20);
    }

    /**
     * The identity of the running code: a hash of the jar it runs from, or of the class files when
     * it runs from a folder (tests). What a build keeps for the next one is keyed by it.
     */
    public static String codeVersion() throws IOException {
        Path code;
        try {
            code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot tell which code is running", e);
        }
        MessageDigest sha = sha256();
        if (Files.isRegularFile(code)) {
            sha.update(Files.readAllBytes(code));
        } else {
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    sha.update(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(p));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
