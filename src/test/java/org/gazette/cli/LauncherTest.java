package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gazette} launcher's guess of an incremental build (it then runs the JVM with C1 alone):
 * {@code build}, without {@code --clean}, into a folder that has a manifest and a cache newer than
 * the jar. Its {@code incremental} function is run by bash as the launcher defines it; and the
 * launcher itself, with a {@code java} of the test's own that notes how it was called.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private static final FileTime BUILT_BEFORE = FileTime.fromMillis(1_699_999_900_000L);
    private static final FileTime JAR_MADE = FileTime.fromMillis(1_700_000_000_000L);
    private static final FileTime BUILT_AFTER = FileTime.fromMillis(1_700_000_100_000L);

    /** A folder built by an earlier build: its manifest, and its cache's source stamps of the given time. */
    private void built(String out, FileTime cacheWritten) throws IOException {
        Files.createDirectories(dir.resolve(out));
        Files.writeString(dir.resolve(out).resolve(".gazette-manifest"), "gazette-manifest 3\n");
        Path stamps = dir.resolve("." + out + ".cache").resolve("sources");
        Files.createDirectories(stamps.getParent());
        Files.writeString(stamps, "");
        Files.setLastModifiedTime(stamps, cacheWritten);
    }

    private boolean incremental(String... args) throws IOException, InterruptedException {
        Path jar = dir.resolve("gazette.jar");
        if (!Files.exists(jar)) Files.writeString(jar, "");
        Files.setLastModifiedTime(jar, JAR_MADE);
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "jar=\"$1\"; source <(sed -n '/^incremental()/,/^}/p' \"$2\"); shift 2; incremental \"$@\"",
                "launcher", jar.toString(), Path.of("gazette").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process bash = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        return bash.waitFor() == 0;
    }

    @Test
    void aBuildIntoAFolderBuiltWithThisJarIsIncremental() throws Exception {
        built("site", BUILT_AFTER);
        built("other", BUILT_AFTER);
        assertTrue(incremental("build"), "the default output folder");
        assertTrue(incremental("build", "--content", "content", "--as-of", "2024-01-01"));
        assertTrue(incremental("build", "-o", "other"));
        assertTrue(incremental("build", "--out", "other"));
        assertTrue(incremental("build", "--out=other/"));
        assertTrue(incremental("build", "-oother"));
    }

    @Test
    void anythingElseIsNot() throws Exception {
        built("site", BUILT_AFTER);
        built("old", BUILT_BEFORE);
        assertFalse(incremental("build", "--clean"), "a full build");
        assertFalse(incremental("check"), "not a build");
        assertFalse(incremental("serve"), "not a build");
        assertFalse(incremental("build", "--out", "never-built"), "a first build");
        assertFalse(incremental("build", "--out", "old"), "a new jar's first build: everything is parsed again");
    }

    @Test
    void theClassArchiveIsRecordedByAnIncrementalBuildAndMappedByLaterRunsButFullBuilds() throws Exception {
        Path home = launcherHome();
        Path bin = notingJava();
        built("site", BUILT_AFTER);
        Path archive = home.resolve("target/gazette.jsa");

        String full = launch(home, bin, "build", "--clean");
        assertFalse(full.contains("ArchiveClassesAtExit"), "a full build records nothing (it would pass 1 GB): " + full);
        assertFalse(full.contains("TieredStopAtLevel"), "a full build keeps C2: " + full);
        assertTrue(full.contains("-XX:MaxInlineLevel=5 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100"), "with shallower inlining: " + full);
        assertTrue(full.contains("-XX:Tier4InvocationThreshold=40000") && full.contains("-XX:Tier4BackEdgeThreshold=320000"),
                "C2 for the hottest code alone: " + full);
        assertFalse(Files.exists(archive));

        // A JVM that takes options from the environment too (a profiler's agent would make it refuse to record) records nothing.
        String withAgent = launch(home, bin, Map.of("JAVA_TOOL_OPTIONS", "-agentpath:/opt/profiler.so"), "build");
        assertTrue(withAgent.contains("-XX:TieredStopAtLevel=1") && !withAgent.contains("ArchiveClassesAtExit"), withAgent);
        assertFalse(Files.exists(archive));

        String first = launch(home, bin, "build");
        assertTrue(first.contains("-XX:TieredStopAtLevel=1") && first.contains("-XX:ArchiveClassesAtExit="), first);
        assertFalse(first.contains("MaxInlineLevel") || first.contains("Tier4"), "C1 alone: no C2 options: " + first);
        assertTrue(Files.exists(archive), "renamed into place after a normal exit");

        String next = launch(home, bin, "build");
        assertTrue(next.contains("-XX:SharedArchiveFile=" + archive) && !next.contains("ArchiveClassesAtExit"), next);
        assertTrue(launch(home, bin, "check").contains("-XX:SharedArchiveFile=" + archive), "a command that is not a build");
        // A full build does not map it: about 100 MB more at its peak, for no time gained.
        String clean = launch(home, bin, "build", "--clean");
        assertFalse(clean.contains("SharedArchiveFile") || clean.contains("TieredStopAtLevel"), clean);
        assertFalse(launch(home, bin, "serve").contains("SharedArchiveFile"), "serve's first build is a full one");
    }

    @Test
    void theTemplatesGazetteComesWithAreNamedWhereverItIsRunFrom() throws Exception {
        // Run from another folder than its own (a publisher's archive kept apart from the tool), a
        // build failed: "no templates folder: templates".
        Path home = launcherHome();
        Path bin = notingJava();
        for (String[] args : List.of(new String[] {"build"}, new String[] {"build", "--clean"}, new String[] {"serve"})) {
            String java = launch(home, bin, args);
            assertTrue(java.contains("-Dgazette.templates=" + home.resolve("templates") + " "), java);
        }
        String own = launch(home, bin, Map.of("GAZETTE_JAVA_OPTS", "-Xmx2g"), "build");
        assertTrue(own.contains("-Xmx2g -Dgazette.templates=" + home.resolve("templates")), "with options of the user's own too: " + own);
    }

    @Test
    void theJvmRunsUnderAUtf8LocaleWhateverItWasStartedUnder() throws Exception {
        Path home = launcherHome();
        Path bin = notingJava();
        // As cron or a container starts it: no locale at all, POSIX, whose file names are ASCII.
        Map<String, String> none = new HashMap<>();
        for (String v : List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE")) none.put(v, null);
        assertTrue(launch(home, bin, none, "build").contains("charmap UTF-8"), "a UTF-8 locale given to the JVM");
        Map<String, String> posix = new HashMap<>(none);
        posix.put("LC_ALL", "POSIX");
        assertTrue(launch(home, bin, posix, "build").contains("charmap UTF-8"), "POSIX replaced");
    }

    @Test
    void aUserWhoMayNotWriteBesideTheJarRecordsNoClassArchive() throws Exception {
        // The repository one user's, the build run by another (a service account): recording into
        // target/ made the JVM refuse to start ("Unable to create shared archive file").
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "needs root, to run the launcher as another user");
        Path home = launcherHome();
        Path bin = notingJava();
        built("site", BUILT_AFTER);
        try (var all = Files.walk(dir)) { // the launcher, its stand-in java and the site readable by that user
            for (Path p : all.toList()) {
                p.toFile().setReadable(true, false);
                if (Files.isDirectory(p) || p.equals(bin.resolve("java"))) p.toFile().setExecutable(true, false);
            }
        }
        String java = launch(List.of("/usr/sbin/runuser", "-u", "nobody", "--"), home, bin, Map.of(), "build");
        assertTrue(java.contains("-XX:TieredStopAtLevel=1"), "an incremental build: " + java);
        assertFalse(java.contains("ArchiveClassesAtExit"), "nothing recorded where it may not write: " + java);
    }

    @Test
    void theHeapIsInHugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
        Path home = launcherHome();
        Path bin = notingJava();
        String settings = "/sys/kernel/mm/transparent_hugepage/enabled";
        boolean onRequest = Files.isReadable(Path.of(settings)) && Files.readString(Path.of(settings)).contains("[madvise]");
        for (String[] args : List.of(new String[] {"build", "--clean"}, new String[] {"check"})) {
            String java = launch(home, bin, args);
            assertTrue(java.contains("-XX:+UseTransparentHugePages") == onRequest, settings + " and " + java);
        }
    }

    @Test
    void theHeapGrowsWithTheArchivesText() throws Exception {
        Path home = launcherHome();
        Path bin = notingJava();
        // A du that says the gazettes of a folder named "big" hold 1.4 GB (twice the text 768 MB is
        // enough for); any other folder's it measures as it is.
        Files.writeString(bin.resolve("du"), """
                #!/usr/bin/env bash
                case "${@: -1}" in *big/gazettes) printf '1400000\\t%s\\n' "${@: -1}";; *) exec /usr/bin/du "$@";; esac
                """);
        bin.resolve("du").toFile().setExecutable(true);
        Files.createDirectories(dir.resolve("content/gazettes"));
        Files.writeString(dir.resolve("content/gazettes/a.txt"), "湖南省人民政府公报");

        assertTrue(launch(home, bin, "build", "--clean").contains("-Xms768m -Xmx768m"), "a small archive's heap");
        int expected = Math.max(768, Math.min(1536, threeQuartersOfMemoryMb()));
        String big = launch(home, bin, "build", "--clean", "--content", "big");
        assertTrue(big.contains("-Xms" + expected + "m -Xmx" + expected + "m"), "twice the text, twice the heap: " + big);
        assertTrue(launch(home, bin, "build", "--content=big").contains("-Xmx" + expected + "m"), "--content=FOLDER");
        assertTrue(launch(home, bin, "search", "--content", "big", "湘政发").contains("-Xmx" + expected + "m"), "any command");
        assertTrue(launch(home, bin, "build", "--content", "missing").contains("-Xmx768m"), "no text: the least heap");
    }

    /** Three quarters of this machine's memory in MB, as the launcher reads it ({@code /proc/meminfo}); unbounded when unknown. */
    private static int threeQuartersOfMemoryMb() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) return Integer.MAX_VALUE;
        for (String line : Files.readAllLines(meminfo)) {
            if (line.startsWith("MemTotal:")) return (int) (Long.parseLong(line.replaceAll("\\D", "")) / 1024 * 3 / 4);
        }
        return Integer.MAX_VALUE;
    }

    /** The launcher in a folder of its own, its jar newer than its sources (so it builds nothing). */
    private Path launcherHome() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("target"));
        Files.createDirectories(home.resolve("src/main"));
        Files.copy(Path.of("gazette"), home.resolve("gazette"));
        Files.writeString(home.resolve("pom.xml"), "");
        Files.writeString(home.resolve("target/gazette.jar"), "");
        Files.setLastModifiedTime(home.resolve("src/main"), BUILT_BEFORE);
        Files.setLastModifiedTime(home.resolve("pom.xml"), BUILT_BEFORE);
        Files.setLastModifiedTime(home.resolve("target/gazette.jar"), JAR_MADE);
        return home;
    }

    /** A folder with a java that notes its arguments and writes the class archive it is asked to record. */
    private Path notingJava() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                printf '%s\n' "$*" > "$JAVA_ARGS"
                printf 'charmap %s\n' "$(locale charmap 2>/dev/null)" >> "$JAVA_ARGS"
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) echo recorded > "${a#*=}";; esac; done
                """);
        bin.resolve("java").toFile().setExecutable(true);
        return bin;
    }

    /** Runs the launcher in the test's folder with the test's java first on the path: how java was called. */
    private String launch(Path home, Path bin, String... args) throws IOException, InterruptedException {
        return launch(home, bin, Map.of(), args);
    }

    private String launch(Path home, Path bin, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return launch(List.of(), home, bin, environment, args);
    }

    /** @param runAs what runs the launcher as another user ({@code runuser -u nobody --}), or nothing */
    private String launch(List<String> runAs, Path home, Path bin, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve("noted"));
        folder.toFile().setWritable(true, false); // by whichever user the launcher runs as
        Path noted = folder.resolve("java-args");
        Files.deleteIfExists(noted);
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of("bash", home.resolve("gazette").toString()));
        command.addAll(List.of(args));
        ProcessBuilder launcher = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        launcher.environment().put("JAVA_ARGS", noted.toString());
        launcher.environment().remove("GAZETTE_JAVA_OPTS");
        launcher.environment().remove("JAVA_TOOL_OPTIONS");
        launcher.environment().remove("JDK_JAVA_OPTIONS");
        environment.forEach((name, value) -> {
            if (value == null) launcher.environment().remove(name);
            else launcher.environment().put(name, value);
        });
        assertTrue(launcher.start().waitFor() == 0, "the launcher ran");
        return Files.readString(noted).strip();
    }
}
