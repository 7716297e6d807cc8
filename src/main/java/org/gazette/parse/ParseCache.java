package org.gazette.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.gazette.model.Block;
import org.gazette.model.ParsedSource;
import org.gazette.model.StoredBody;
import org.gazette.source.SourceReader;

/**
 * Parsed sources kept between builds, so that a rebuild after a new issue parses only the new
 * issue: an entry is keyed by a hash of the parser's code, the file's display name and its bytes,
 * so a changed file, a moved file or a new version of gazette is parsed again. Entries are the
 * {@link ParsedSource} records encoded by {@link ParsedSourceCodec}, the parse and each of its
 * documents' texts compressed apart ({@link CacheEntryFile}): reading one back is ten times faster
 * than parsing; reading the parse alone, leaving the texts in the entry until they are asked for,
 * faster still. A parse just made is kept, then given back as if read: its texts left in the
 * entry too. A source file that has not changed since the last build is
 * not even read ({@link SourceStamps}). Entries a build did not use are deleted after it
 * ({@link #finish}). A damaged entry is parsed again. Thread-safe.
 */
public final class ParseCache {

    /** Where the stamps of the source files are kept, beside the entries. */
    static final String STAMPS = "sources";

    private final Path dir;
    private final String version;
    private final SourceStamps stamps;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Reads nothing that is kept, parses every file afresh and keeps the parses (a clean build's cache). */
    private final boolean fresh;
    /** Keeps nothing: what is not kept already is parsed and given back with its texts (a reader's cache, not a build's). */
    private final boolean readOnly;

    /**
     * @param dir     the cache folder (created when needed)
     * @param version the code's identity: entries of another version are never read
     */
    public ParseCache(Path dir, String version) {
        this(dir, version, false, false);
    }

    private ParseCache(Path dir, String version, boolean fresh, boolean readOnly) {
        this.dir = dir;
        this.version = version;
        this.fresh = fresh;
        this.readOnly = readOnly;
        this.stamps = fresh ? SourceStamps.none() : SourceStamps.read(dir.resolve(STAMPS));
    }

    /**
     * A cache for a clean build: every file is read and parsed, nothing kept is trusted, and the
     * parses are kept for the next build (which then parses only what changed).
     */
    public static ParseCache fresh(Path dir, String version) {
        return new ParseCache(dir, version, true, false);
    }

    /**
     * A cache that is read and not written: what the last build kept is used, anything else parsed
     * and held in memory ({@code gazette search} beside a build's cache, which it leaves as it was).
     * Its {@link #finish} must not be called.
     */
    public static ParseCache readOnly(Path dir, String version) {
        return new ParseCache(dir, version, false, true);
    }

    /**
     * A source's parse and what it was made from.
     *
     * @param key the hash of the parser's code, the file's name and its bytes: two parses with the
     *            same key are equal, in this build or another
     */
    public record Entry(ParsedSource source, String key) {
    }

    /**
     * Reads and parses a source file, or takes its parse from the cache. A file that looks as it did
     * when it was last read (see {@link SourceStamps}) is not even read: its parse is the entry of
     * the hash its bytes had.
     *
     * @return the parse, or null when the file cannot be read (gone, a link leading nowhere, not
     *         readable by this user): the caller reads it itself and reports why, and the rest of the
     *         archive builds (the exception had failed the whole build)
     */
    public Entry parse(Path file, String name, SourceReader reader, SourceParser parser) throws IOException {
        return parse(file, name, reader, parser, null);
    }

    /**
     * {@link #parse(Path, String, SourceReader, SourceParser)}, the strings of a parse read back from
     * the cache shared with the other parses of the build (null: not).
     */
    public Entry parse(Path file, String name, SourceReader reader, SourceParser parser, SharedStrings shared) throws IOException {
        // Looked at before it is read: a change made while it is read shows in a later stamp.
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        long stampedAt = System.currentTimeMillis();
        byte[] known = stamps.hash(file, attributes);
        if (known != null) {
            String key = key(name, known);
            ParsedSource cached = cached(key, shared);
            if (cached != null) return new Entry(cached, key);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        byte[] hash = sha256().digest(bytes);
        stamps.stamp(file, attributes, stampedAt, hash);
        String key = key(name, hash);
        ParsedSource cached = cached(key, shared);
        if (cached != null) return new Entry(cached, key);
        ParsedSource parsed = parser.parse(reader.decode(bytes, name), name);
        if (readOnly) return new Entry(parsed, key);
        ParsedSourceCodec.Encoded encoded = ParsedSourceCodec.encode(parsed);
        return new Entry(stored(encoded.parse(), CacheEntryFile.write(entry(key), encoded), shared), key);
    }

    /**
     * The parse kept under a key (and the key marked used), or null when there is none, it is damaged
     * or the cache is fresh. Its documents' texts are left in the entry ({@link StoredBody}) and read
     * from it again when asked for: a build after a new issue needs few of them.
     */
    private ParsedSource cached(String key, SharedStrings shared) {
        used.add(key);
        Path entry = entry(key);
        if (fresh) return null;
        try { // none there: as if damaged (one look at the file, not two)
            CacheEntryFile.Read read = CacheEntryFile.read(entry);
            return stored(read.parse(), read.texts(), shared);
        } catch (IOException e) {
            return null; // damaged or unreadable: parsed again and replaced
        }
    }

    /**
     * A parse whose texts are left in its entry: so is a parse just made, once kept, for the texts
     * of a whole archive would fill the heap.
     */
    private static ParsedSource stored(byte[] parse, CacheEntryFile texts, SharedStrings shared) throws IOException {
        return ParsedSourceCodec.decode(parse, text -> body(texts, text), shared);
    }

    private static List<Block> body(CacheEntryFile texts, int text) {
        try {
            return texts.body(text);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(texts.file()); // damaged: the next build parses the source again
            } catch (IOException ignored) {
                // it is reported below all the same
            }
            throw new UncheckedIOException("the parse kept in " + texts.file() + " can no longer be read (was the cache "
                    + "folder changed during the build?); build again", e);
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Deletes the entries this cache's builds did not use, and records the source files' stamps for the next build. */
    public void finish() throws IOException {
        if (readOnly) throw new IllegalStateException("a read-only cache keeps nothing");
        stamps.write(dir.resolve(STAMPS));
        // Entries only (dir/ab/abcd…): the folder holds the other caches too, written meanwhile on
        // other threads, so its own files are not looked at (a walk failed on one renamed under it).
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path folder : folders) {
                List<Path> stale = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path entry : entries) if (!used.contains(entry.getFileName().toString())) stale.add(entry);
                }
                for (Path p : stale) Files.deleteIfExists(p);
            }
        }
    }

    /** An entry's key: the code, the file's name and its bytes' hash. */
    private String key(String name, byte[] hash) {
        MessageDigest sha = sha256();
        sha.update(version.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(hash);
        return HexFormat.of().formatHex(sha.digest(), 0, 20);
    }

    /**
     * The identity of the running code: a hash of the jar it runs from, or of the class files when
     * it runs from a folder (tests). What a build keeps for the next one is keyed by it. CRC-32 and
     * CRC-32C together (64 bits) and the length: the jar is hashed at the start of every build, on
     * the thread everything else waits for, and both are processor instructions even before the
     * code is compiled, where Murmur3 over the whole jar read at once took 190 ms of a cold JVM (a
     * 17 MB array faulted in, then hashed at C1's speed) against 35 ms. Not a defence against a
     * forger, like the fingerprints: only a way to tell one build of gazette from another.
     */
    public static String codeVersion() throws IOException {
        Path code;
        try {
            code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot tell which code is running", e);
        }
        return codeVersion(code);
    }

    /** The identity of the code in a jar, or in a folder of class files. */
    static String codeVersion(Path code) throws IOException {
        CodeHash hash = new CodeHash();
        if (Files.isRegularFile(code)) {
            hash.file(code);
        } else {
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    hash.bytes(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    hash.file(p);
                }
            }
        }
        return hash.hex();
    }

    /** Two CRCs and a length over everything fed, read in pieces small enough for a buffer that is used again. */
    private static final class CodeHash {
        private final CRC32 crc32 = new CRC32();
        private final CRC32C crc32c = new CRC32C();
        private final byte[] buffer = new byte[1 << 16];
        private long length;

        void file(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) update(buffer, n);
            }
        }

        void bytes(byte[] b) {
            update(b, b.length);
        }

        private void update(byte[] b, int n) {
            crc32.update(b, 0, n);
            crc32c.update(b, 0, n);
            length += n;
        }

        String hex() {
            return HexFormat.of().toHexDigits(length) + HexFormat.of().toHexDigits((int) crc32.getValue())
                    + HexFormat.of().toHexDigits((int) crc32c.getValue());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
