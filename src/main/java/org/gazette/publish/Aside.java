package org.gazette.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value made on a thread of its own while the build goes on, and waited for where it is first
 * needed. What an earlier build left behind (its manifest, its link memory, its search index) is
 * read this way while this build scans, parses and links: on two cores, one of them would otherwise
 * be idle through the single-threaded parts of those stages.
 *
 * <p>The thread is a daemon: a build that fails before it needs the value does not wait for it.
 *
 * @param <T> what is made
 */
public final class Aside<T> {

    /** Makes the value; may fail with an I/O error, which {@link #get} throws. */
    @FunctionalInterface
    public interface Maker<T> {
        T make() throws IOException;
    }

    /** Work done for its effect alone (a file written); may fail with an I/O error, which {@link #get} throws. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException;
    }

    private final FutureTask<T> task;

    private Aside(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts making a value on a new thread of this name. */
    public static <T> Aside<T> start(String name, Maker<T> maker) {
        FutureTask<T> task = new FutureTask<>(maker::make);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Aside<>(task);
    }

    /** Starts work done for its effect on a new thread of this name; {@link #get} waits for it to end. */
    public static Aside<Void> run(String name, Work work) {
        return start(name, () -> {
            work.run();
            return null;
        });
    }

    /** A value already known (null included), for callers that take an {@code Aside}. */
    public static <T> Aside<T> of(T value) {
        FutureTask<T> task = new FutureTask<>(() -> value);
        task.run();
        return new Aside<>(task);
    }

    /** The value, once made: its maker's I/O error or runtime exception is thrown here, as it was thrown. */
    public T get() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + this);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Waits for the value after the work beside it failed, so that nothing is left writing while the
     * build ends: this maker's own failure, if any and if not that one, is added to it as suppressed.
     */
    public void awaitAfter(Exception failure) {
        try {
            get();
        } catch (IOException | RuntimeException alsoFailed) {
            if (alsoFailed != failure) failure.addSuppressed(alsoFailed);
        }
    }
}
