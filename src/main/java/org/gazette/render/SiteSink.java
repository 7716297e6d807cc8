package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the files of a site go as they are made, one at a time and from several threads at once:
 * nothing holds the whole site in memory.
 */
@FunctionalInterface
public interface SiteSink {

    /** Takes one file. Implementations are thread-safe. */
    void accept(SiteFile file) throws IOException;

    /**
     * Keeps the file that an earlier build made at this path from the same inputs (the same
     * fingerprint), if it is still there: true when kept, so there is nothing to make; false when
     * the file must be made and {@linkplain #accept accepted}. Thread-safe.
     */
    default boolean keep(String path, String inputs) throws IOException {
        return false;
    }

    /** Takes the files of a folder made together. Implementations are thread-safe. */
    default void accept(SiteFolder folder) throws IOException {
        for (SiteFile f : folder.files()) accept(f.madeFrom(folder.inputs()));
    }

    /**
     * Keeps the {@linkplain SiteFolder folder} that an earlier build made from the same inputs,
     * if it still has these files: true when kept; false when the folder must be made and
     * {@linkplain #accept(SiteFolder) accepted}. Thread-safe.
     *
     * @param folder the folder's path, ending with '/'
     * @param names the names of its files
     */
    default boolean keep(String folder, List<String> names, String inputs) throws IOException {
        return false;
    }

    /** Work on the i-th of a number of independent items that may fail with an I/O error. */
    @FunctionalInterface
    interface Work {
        void run(int i) throws IOException;
    }

    /**
     * Does the work for items 0 … count − 1 on all cores, each thread taking the next item when it is
     * done with one: items differ in cost (a long list's page, a document's), and a parallel stream
     * cuts the range into four parts per worker up front — on two cores one thread was often left
     * alone with the last part, a second of a rendering. An I/O error stops the work and is thrown
     * as it is.
     */
    static void inParallel(int count, Work work) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count && failed.get() == null; i = next.getAndIncrement()) work.run(i);
            } catch (IOException | RuntimeException | Error e) {
                failed.compareAndSet(null, e);
            }
        };
        int helpers = Math.min(count, Runtime.getRuntime().availableProcessors()) - 1;
        List<ForkJoinTask<?>> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) started.add(ForkJoinPool.commonPool().submit(worker));
        worker.run();
        for (ForkJoinTask<?> task : started) task.join();
        Throwable e = failed.get();
        if (e instanceof IOException io) throw io;
        if (e instanceof UncheckedIOException u) throw u.getCause();
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error error) throw error;
    }
}
