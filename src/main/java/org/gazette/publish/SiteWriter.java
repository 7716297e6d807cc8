package org.gazette.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.gazette.render.SiteFile;

/**
 * Publishes a site: writes every file into a folder beside the target, then swaps it in, so that a
 * failed build never leaves a half-written site. Refuses any path that would land outside the site.
 */
public final class SiteWriter {

    public void publish(List<SiteFile> files, Path site) throws IOException {
        Path target = site.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            for (SiteFile file : files) {
                Path out = resolveInside(staging, file.path());
                Files.createDirectories(out.getParent());
                try {
                    Files.write(out, file.content(), java.nio.file.StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException e) {
                    throw new IOException("two pages claim the same path: " + file.path(), e);
                }
            }
            swap(staging, target);
        } finally {
            deleteTree(staging);
        }
    }

    /** The file for a site path, refusing absolute paths and any that climb out of the site. */
    static Path resolveInside(Path root, String relative) throws IOException {
        Path p = root.resolve(relative).normalize();
        if (relative.isEmpty() || Path.of(relative).isAbsolute() || !p.startsWith(root) || p.equals(root)) {
            throw new IOException("refusing to write outside the site: " + relative);
        }
        return p;
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteTree(old);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
