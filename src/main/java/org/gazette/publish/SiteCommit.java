package org.gazette.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * How a staged site becomes the site, so that a build killed at any moment leaves every file whole:
 * a first or clean build swaps the staging folder in with one rename; an incremental one writes a
 * journal into it (the commit point) and then moves each file in with an atomic rename, which the
 * next build finishes ({@link #recover}) if it was interrupted. The folders live beside the site:
 * {@code .<site>.new-*} staging, {@code .<site>.old-*} a replaced site being deleted.
 */
final class SiteCommit {

    private static final String JOURNAL = ".gazette-commit";

    private SiteCommit() {
    }

    /**
     * A new staging folder beside the site, with the permissions the site has (a first build's: those
     * of any new folder, as the umask gives them). It becomes the site when it is swapped in: made as
     * a temporary folder, readable by its owner alone, it made the site unreadable to a web server
     * running as another user, here or wherever {@code rsync -a} copied it.
     */
    static Path stagingFolder(Path target) throws IOException {
        Path staging = newFolder(target.getParent(), stagingPrefix(target));
        if (Files.isDirectory(target) && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(target));
        }
        return staging;
    }

    /** A folder of a name no other has, made as any new folder is. */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())));
            } catch (FileAlreadyExistsException e) {
                // another build's or a killed one's: draw again
            }
        }
    }

    /** Finishes an interrupted commit found beside the site, and deletes folders that killed builds left. */
    static void recover(Path target) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), "." + target.getFileName() + ".*")) {
            for (Path dir : siblings) {
                String name = dir.getFileName().toString();
                if (name.startsWith(oldPrefix(target)) && !Files.exists(target)) {
                    Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE); // killed between the swap's two renames
                } else if (name.startsWith(stagingPrefix(target)) && Files.isRegularFile(dir.resolve(JOURNAL))
                        && Files.isDirectory(target)) {
                    replay(dir, target);
                } else if (name.startsWith(stagingPrefix(target)) || name.startsWith(oldPrefix(target))) {
                    FolderDeletion.delete(dir);
                }
            }
        }
    }

    /** Replaces the site, if any, by the staging folder: two renames, then the old site deleted. */
    static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), oldPrefix(target));
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) FolderDeletion.delete(old);
    }

    /**
     * Moves staged files into the site and removes others, through a journal: new files first, then
     * changed ones, so that a changed page never links to a file not yet there; removals next; the
     * manifest (staged beside them) last.
     */
    static void journalled(Path staging, Path site, List<String> added, List<String> changed, List<String> removed)
            throws IOException {
        List<String> journal = new ArrayList<>();
        added.forEach(p -> journal.add("put\t" + p));
        changed.forEach(p -> journal.add("put\t" + p));
        removed.forEach(p -> journal.add("del\t" + p));
        journal.add("put\t" + Manifest.FILE);
        Path pending = staging.resolve(JOURNAL + ".tmp");
        Files.write(pending, journal, StandardCharsets.UTF_8);
        Files.move(pending, staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE); // the commit point
        replay(staging, site);
    }

    /** Applies a journal: idempotent, so an interrupted replay can be replayed. */
    private static void replay(Path staging, Path site) throws IOException {
        // Each folder made sure of once, and a file's move tried without asking first whether it is
        // still to be moved: three calls to the file system a file fewer (a new issue moves 3,200).
        Set<Path> folders = new HashSet<>();
        for (String line : Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8)) {
            String path = line.substring(4);
            Path live = InsideSite.resolve(site, path);
            if (line.startsWith("put\t")) {
                Path staged = InsideSite.resolve(staging, path);
                if (folders.add(live.getParent())) Files.createDirectories(live.getParent());
                try {
                    Files.move(staged, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException e) {
                    if (Files.exists(staged)) throw e;
                    // moved before the interruption
                }
            } else {
                Files.deleteIfExists(live);
                deleteEmptyFolders(live.getParent(), site);
            }
        }
        FolderDeletion.delete(staging);
    }

    private static void deleteEmptyFolders(Path dir, Path site) throws IOException {
        while (dir != null && !dir.equals(site) && dir.startsWith(site)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) return;
            } catch (NoSuchFileException e) {
                return;
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".new-";
    }

    private static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }
}
