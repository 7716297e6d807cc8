package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SiteSinkTest {

    @Test
    void everyItemIsDoneOnceWhateverItsCost() throws IOException {
        AtomicIntegerArray done = new AtomicIntegerArray(5000);
        SiteSink.inParallel(done.length(), i -> {
            if (i % 1000 == 0) sleep(20); // a few dear items, as a long list's pages are
            done.incrementAndGet(i);
        });
        for (int i = 0; i < done.length(); i++) assertEquals(1, done.get(i), "item " + i);
        SiteSink.inParallel(0, i -> {
            throw new IOException("no items, no work");
        });
    }

    @Test
    void anIoErrorStopsTheWorkAndIsThrownAsItIs() {
        IOException disk = new IOException("disk full");
        AtomicInteger started = new AtomicInteger();
        IOException thrown = assertThrows(IOException.class, () -> SiteSink.inParallel(100_000, i -> {
            started.incrementAndGet();
            if (i == 10) throw disk;
            sleep(1);
        }));
        assertSame(disk, thrown);
        assertTrue(started.get() < 1000, "stopped: " + started.get() + " items started");
        IOException wrapped = new IOException("from a stream");
        assertSame(wrapped, assertThrows(IOException.class, () -> SiteSink.inParallel(3, i -> {
            throw new UncheckedIOException(wrapped);
        })));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
