package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gazette} launcher's guess of an incremental build (it then runs the JVM with C1 alone):
 * {@code build}, without {@code --clean}, into a folder that has a manifest and a cache newer than
 * the jar. Its {@code incremental} function is run by bash as the launcher defines it.
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
}
