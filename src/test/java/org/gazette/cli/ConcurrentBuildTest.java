package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.publish.SiteLock;

/** Two builds of one site (a `serve` and a `build`, a scheduled one and one by hand) take turns. */
class ConcurrentBuildTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondBuildOfASiteWaitsForTheFirstAndSaysSo() throws Exception {
        Path site = tmp.resolve("site");
        Process build;
        Path log = tmp.resolve("build.log");
        try (SiteLock held = SiteLock.acquire(site, notice -> { throw new AssertionError(notice); })) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.gazette.cli.GazetteCommand", "build", "--out", site.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (build.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains("waiting")) Thread.sleep(20);
            assertEquals("gazette: waiting for another build of " + site + " to finish\n", Files.readString(log));
            Thread.sleep(300);
            assertTrue(build.isAlive(), "it waits: " + Files.readString(log));
            assertEquals(List.of(".site.lock"), siblings(), "and has neither staged nor cached anything meanwhile");
            assertFalse(Files.exists(site));
        }
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "it goes on once the lock is let go");
        assertEquals(0, build.exitValue(), Files.readString(log));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void aSiteIsBuiltOnceAtATimeWithinAProcessToo() throws IOException {
        Path site = tmp.resolve("site");
        try (SiteLock held = SiteLock.acquire(site, notice -> { })) {
            IOException e = assertThrows(IOException.class, () -> SiteLock.acquire(site, notice -> { }));
            assertTrue(e.getMessage().contains("is being built already"), e.getMessage());
        }
        SiteLock.acquire(site, notice -> { throw new AssertionError(notice); }).close();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}
