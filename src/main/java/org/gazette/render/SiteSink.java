package org.gazette.render;

import java.io.IOException;

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

    /** Work on the i-th of a number of independent items that may fail with an I/O error. */
    @FunctionalInterface
    interface Work {
        void run(int i) throws IOException;
    }

    /** Does the work for items 0 … count − 1 on all cores; an I/O error stops it and is thrown as it is. */
    static void inParallel(int count, Work work) throws IOException {
        try {
            java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
                try {
                    work.run(i);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
