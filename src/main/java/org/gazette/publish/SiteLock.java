package org.gazette.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One build at a time of a site folder. Two builds of one site — a {@code gazette serve} rebuilding
 * on a change while {@code gazette build} runs in another terminal, a scheduled build and one by
 * hand — would each take the other's staging folder for one a killed build left and delete it, and
 * interleave their commits: a manifest from one build over files from the other, which the next
 * build would trust. The lock is the operating system's, on {@code .<site>.lock} beside the site
 * (with the staging folders and the cache): released when the process ends however it ends, so a
 * killed build never leaves the site locked. The file itself stays (deleting it would let a build
 * waiting on it and one starting anew each hold a lock).
 */
public final class SiteLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a site folder, waiting for the build that holds it to end.
     *
     * @param notices told, before waiting, that another build holds the lock; or that the file system
     *                has no locks (some network mounts), and the build goes on without one
     */
    public static SiteLock acquire(Path site, Consumer<String> notices) throws IOException {
        Path target = site.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        FileChannel channel = FileChannel.open(file(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException e) {
                notices.accept("cannot lock " + file(target) + " (" + e.getMessage() + "): nothing keeps another build of "
                        + site + " from running at the same time");
                return new SiteLock(channel, null);
            }
            if (lock == null) {
                notices.accept("waiting for another build of " + site + " to finish");
                lock = channel.lock();
            }
            return new SiteLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException(target + " is being built already by this process", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock file of a site folder. */
    static Path file(Path site) {
        Path target = site.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) lock.release();
        } finally {
            channel.close();
        }
    }
}
