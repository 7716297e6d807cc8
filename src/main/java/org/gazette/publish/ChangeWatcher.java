package org.gazette.publish;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (and the folders created in them) for changes. {@link #awaitChange} returns
 * once something changed and the changes have settled, so that an editor saving several files
 * causes one rebuild.
 */
public final class ChangeWatcher implements AutoCloseable {

    private final WatchService watch;

    public ChangeWatcher(List<Path> roots) throws IOException {
        watch = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerTree(root);
        }
    }

    /** Watches a folder and every folder in it, those that are links too (the content's are followed, see {@code ContentTree.textFiles}). */
    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) return FileVisitResult.CONTINUE; // a link back: watched already
                throw e;
            }
        });
    }

    /**
     * Waits up to {@code timeout} for a change; true when there was one.
     *
     * @param settle how long no further change must come before returning
     */
    public boolean awaitChange(Duration timeout, Duration settle) throws InterruptedException, IOException {
        WatchKey key = watch.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) return false;
        while (key != null) {
            Path dir = (Path) key.watchable();
            for (var event : key.pollEvents()) {
                if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                    registerTree(dir.resolve(name));
                }
            }
            key.reset();
            key = watch.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
