package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL while it writes leaves the previous site whole, and the next build cleans up. */
class KilledBuildTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledBuildLeavesThePreviousSiteWhole() throws Exception {
        Path content = IncrementalBuildTest.copy(Path.of("content"), tmp.resolve("content"));
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", site.toString()).exit());
        Map<String, byte[]> before = IncrementalBuildTest.files(site);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.gazette.cli.GazetteCommand", "build", "--clean", "--content", content.toString(), "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
        int staged = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (build.isAlive() && System.nanoTime() < deadline && (staged = stagedFiles()) < 20) Thread.sleep(2);
        assertTrue(build.isAlive(), "the build ended before it could be killed: " + Files.readString(tmp.resolve("build.log")));
        build.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        build.waitFor();
        assertTrue(staged >= 20, "killed while writing the new site aside");

        Map<String, byte[]> after = IncrementalBuildTest.files(site);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        for (String path : before.keySet()) assertArrayEquals(before.get(path), after.get(path), path);

        Cli next = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, next.exit(), next.err());
        assertEquals(List.of(), leftovers(), "the next build removed what the killed one left");
    }

    @Test
    void aBuildOutOfMemorySaysWhatToChangeAndLeavesThePreviousSiteWhole() throws Exception {
        Path site = tmp.resolve("site");
        assertEquals(0, Cli.run("build", "--out", site.toString()).exit());
        Map<String, byte[]> before = IncrementalBuildTest.files(site);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(java, "-Xmx12m", "-cp", System.getProperty("java.class.path"),
                "org.gazette.cli.GazetteCommand", "build", "--clean", "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        String log = Files.readString(tmp.resolve("build.log"));
        assertEquals(1, build.exitValue(), log);
        Matcher said = Pattern.compile("gazette: out of memory: .* than (\\d+) MB\\. "
                + "Run it with GAZETTE_JAVA_OPTS='-Xmx(\\d+)m").matcher(log);
        assertTrue(said.find(), log);
        assertEquals(2 * Integer.parseInt(said.group(1)), Integer.parseInt(said.group(2)), "twice the heap it had: " + log);

        Map<String, byte[]> after = IncrementalBuildTest.files(site);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        for (String path : before.keySet()) assertArrayEquals(before.get(path), after.get(path), path);
    }

    private int stagedFiles() throws IOException {
        int count = 0;
        for (Path dir : leftovers()) {
            try (Stream<Path> walk = Files.walk(dir)) {
                count += (int) walk.filter(Files::isRegularFile).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                // the folder changed while it was walked: count again on the next poll
            }
        }
        return count;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().matches("\\.site\\.(new|old)-.*")).toList();
        }
    }
}
