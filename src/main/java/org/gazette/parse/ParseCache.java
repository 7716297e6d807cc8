package org.gazette.parse;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;

import org.gazette.model.Block;
import org.gazette.model.ParsedSource;
import org.gazette.model.StoredBody;
import org.gazette.source.SourceReader;

/**
 * Parsed sources kept between builds, so that a rebuild after a new issue parses only the new
 * issue: an entry is keyed by a hash of the parser's code, the file's display name and its bytes,
 * so a changed file, a moved file or a new version of gazette is parsed again. Entries are the
 * {@link ParsedSource} records encoded by {@link ParsedSourceCodec} and compressed in two parts, the
 * parse and its documents' texts (reading one back is ten times faster than parsing; reading the
 * parse alone, leaving the texts for when they are asked for, faster still). A source file that has not changed since the last build is
 * not even read ({@link SourceStamps}). Entries a build did not use are deleted after it
 * ({@link #finish}). A damaged entry is parsed again. Thread-safe.
 */
public final class ParseCache {

    /** The least a Zstandard frame begins with: its magic number and its header's first byte. */
    private static final int FRAME_HEADER_MIN = 5;

    /** Where the stamps of the source files are kept, beside the entries. */
    static final String STAMPS = "sources";

    private final Path dir;
    private final String version;
    private final SourceStamps stamps;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /**
     * The entries whose texts were read last, decompressed: the documents of one source are mostly asked
     * for one after another (an index analysing every entry takes them in date order), and each
     * entry holds a whole issue.
     */
    private final Map<Path, byte[]> recent = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, byte[]> eldest) {
            return size() > 4;
        }
    });
    /** Reads nothing that is kept, parses every file afresh and keeps the parses (a clean build's cache). */
    private final boolean fresh;

    /**
     * @param dir     the cache folder (created when needed)
     * @param version the code's identity: entries of another version are never read
     */
    public ParseCache(Path dir, String version) {
        this(dir, version, false);
    }

    private ParseCache(Path dir, String version, boolean fresh) {
        this.dir = dir;
        this.version = version;
        this.fresh = fresh;
        this.stamps = fresh ? SourceStamps.none() : SourceStamps.read(dir.resolve(STAMPS));
    }

    /**
     * A cache for a clean build: every file is read and parsed, nothing kept is trusted, and the
     * parses are kept for the next build (which then parses only what changed).
     */
    public static ParseCache fresh(Path dir, String version) {
        return new ParseCache(dir, version, true);
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
     */
    public Entry parse(Path file, String name, SourceReader reader, SourceParser parser) throws IOException {
        // Looked at before it is read: a change made while it is read shows in a later stamp.
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long stampedAt = System.currentTimeMillis();
        byte[] known = stamps.hash(file, attributes);
        if (known != null) {
            String key = key(name, known);
            ParsedSource cached = cached(key);
            if (cached != null) return new Entry(cached, key);
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] hash = sha256().digest(bytes);
        stamps.stamp(file, attributes, stampedAt, hash);
        String key = key(name, hash);
        ParsedSource cached = cached(key);
        if (cached != null) return new Entry(cached, key);
        ParsedSource parsed = parser.parse(reader.decode(bytes, name), name);
        Path entry = entry(key);
        Files.createDirectories(entry.getParent());
        Path temporary = Files.createTempFile(entry.getParent(), key, ".tmp");
        ParsedSourceCodec.Encoded encoded = ParsedSourceCodec.encode(parsed);
        byte[] head = compressed(encoded.parse());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temporary))) {
            out.writeInt(head.length);
            out.write(head);
            out.write(compressed(encoded.texts()));
        }
        Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Entry(parsed, key);
    }

    /**
     * A part compressed with Zstandard (level 1), with a checksum of its content. Deflate
     * (zlib's fastest level) took a fifth of a clean build's parse stage, and four times as long to
     * compress the parses of the benchmark archive (3.4 s against 0.75 s for 298 MB) and five to read
     * them back, for about the same size (124 MB against 128 MB).
     */
    private static byte[] compressed(byte[] bytes) {
        try (ZstdCompressCtx zstd = new ZstdCompressCtx()) {
            return zstd.setLevel(1).setChecksum(true).compress(bytes);
        }
    }

    /**
     * The parse kept under a key (and the key marked used), or null when there is none, it is damaged
     * or the cache is fresh. Its documents' texts are left in the entry ({@link StoredBody}) and read
     * from it again when asked for: a build after a new issue needs few of them.
     */
    private ParsedSource cached(String key) {
        used.add(key);
        Path entry = entry(key);
        if (fresh || !Files.isRegularFile(entry)) return null;
        try {
            return ParsedSourceCodec.decode(parsePart(entry), position -> body(entry, position));
        } catch (IOException e) {
            return null; // damaged or unreadable: parsed again and replaced
        }
    }

    private List<Block> body(Path entry, int position) {
        try {
            byte[] texts = recent.get(entry);
            if (texts == null) {
                texts = textsPart(entry);
                recent.put(entry, texts);
            }
            return ParsedSourceCodec.body(texts, position);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(entry); // damaged: the next build parses the source again
            } catch (IOException ignored) {
                // it is reported below all the same
            }
            throw new UncheckedIOException("the parse kept in " + entry + " can no longer be read (was the cache "
                    + "folder changed during the build?); build again", e);
        }
    }

    /*
     * An entry is the parse's length, the parse compressed, then its documents' texts compressed. Each
     * part is read decompressed; an IOException when it cannot be read or is damaged (its checksum).
     */

    private static byte[] parsePart(Path entry) throws IOException {
        try (DataInputStream in = open(entry)) {
            return decompressed(in.readNBytes(parseLength(in)));
        }
    }

    private static byte[] textsPart(Path entry) throws IOException {
        try (DataInputStream in = open(entry)) {
            in.skipNBytes(parseLength(in));
            return decompressed(in.readAllBytes());
        }
    }

    private static int parseLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) throw new IOException("not a parse");
        return length;
    }

    /** Unbuffered: each part is read whole, in one call (a buffer per entry read was most of what reading the cache allocated). */
    private static DataInputStream open(Path entry) throws IOException {
        return new DataInputStream(Files.newInputStream(entry));
    }

    /** A whole part decompressed; an IOException when it is damaged or cut short (its checksum, its length). */
    private static byte[] decompressed(byte[] part) throws IOException {
        if (part.length < FRAME_HEADER_MIN) throw new IOException("not a part, or one cut short"); // zstd-jni fails on an empty array
        try {
            long size = Zstd.getFrameContentSize(part);
            if (size < 0 || size > Integer.MAX_VALUE) throw new IOException("not a part, or one cut short");
            byte[] bytes = Zstd.decompress(part, (int) size);
            if (bytes.length != size) throw new IOException("a part of another length");
            return bytes;
        } catch (ZstdException e) {
            throw new IOException("a damaged part", e);
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Deletes the entries this cache's builds did not use, and records the source files' stamps for the next build. */
    public void finish() throws IOException {
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
