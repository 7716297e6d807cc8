package org.gazette.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What each source file looked like (size, modification time, file key) when its bytes were last
 * hashed, so that a rebuild knows an unchanged file's hash without reading it: two weeks after the
 * last build, reading an archive's text back from disk is most of what there is to do (4.6 s for
 * 337 MB here). The trust is make's and rsync's — a file whose size and modification time are as
 * they were has the bytes it had — with git's guard for coarse clocks: a stamp is only trusted when
 * the file had last been modified more than {@link #CLOCK_GRAIN_MILLIS} before it was stamped, since
 * a change within the clock's grain of the stamp could leave the modification time as it was.
 * Thread-safe.
 */
final class SourceStamps {

    /** The coarsest modification-time grain of a file system still in use (FAT's two seconds). */
    static final long CLOCK_GRAIN_MILLIS = 2000;
    private static final int MAGIC = 0x475a5353; // "GZSS"

    /**
     * @param stampedAt when the file was looked at, before its bytes were read (milliseconds since the epoch)
     * @param hash      the SHA-256 of its bytes
     */
    private record Stamp(long size, long modifiedNanos, String fileKey, long stampedAt, byte[] hash) {

        boolean matches(BasicFileAttributes now) {
            return size == now.size() && modifiedNanos == now.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                    && fileKey.equals(keyOf(now))
                    && modifiedNanos < TimeUnit.MILLISECONDS.toNanos(stampedAt - CLOCK_GRAIN_MILLIS);
        }
    }

    private final Map<String, Stamp> before;
    private final Map<String, Stamp> now = new ConcurrentHashMap<>();

    private SourceStamps(Map<String, Stamp> before) {
        this.before = before;
    }

    /** No stamps: every file is read. */
    static SourceStamps none() {
        return new SourceStamps(Map.of());
    }

    /** The stamps a build recorded; none when there are none or they cannot be read (every file is then read). */
    static SourceStamps read(Path file) {
        Map<String, Stamp> stamps = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() != MAGIC) return new SourceStamps(Map.of());
                for (int i = in.readInt(); i > 0; i--) {
                    String path = in.readUTF();
                    Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readUTF(), in.readLong(), in.readNBytes(32));
                    stamps.put(path, stamp);
                }
            } catch (IOException e) {
                return new SourceStamps(Map.of()); // damaged: as if there were none
            }
        }
        return new SourceStamps(stamps);
    }

    /** The hash of a file's bytes as last stamped, when the file looks as it did then; else null. */
    byte[] hash(Path file, BasicFileAttributes attributes) {
        String key = key(file);
        Stamp stamp = before.get(key);
        if (stamp == null || !stamp.matches(attributes)) return null;
        now.put(key, stamp);
        return stamp.hash;
    }

    /** Records the hash of a file's bytes, read after the file was looked at ({@code attributes}) at {@code stampedAt}. */
    void stamp(Path file, BasicFileAttributes attributes, long stampedAt, byte[] hash) {
        now.put(key(file), new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                keyOf(attributes), stampedAt, Arrays.copyOf(hash, 32)));
    }

    /** Writes the stamps of the files this build looked at (only those: a removed file's stamp goes). */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "stamps", ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeInt(MAGIC);
            out.writeInt(now.size());
            for (Map.Entry<String, Stamp> e : now.entrySet()) {
                Stamp s = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(s.size());
                out.writeLong(s.modifiedNanos());
                out.writeUTF(s.fileKey());
                out.writeLong(s.stampedAt());
                out.write(s.hash());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** The file system's identity of the file (device and inode on Unix), so that a file put in another's place is not taken for it. */
    private static String keyOf(BasicFileAttributes attributes) {
        return Objects.toString(attributes.fileKey(), "");
    }
}
