package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.gazette.render.SiteFile;
import org.gazette.render.SiteFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders whose files are made together: one manifest line each, kept or made whole, written file by file. */
class SiteFolderPublishingTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);
    private static final String INPUTS = Manifest.hash(bytes("entry 7, first version"));
    private static final String OTHER_INPUTS = Manifest.hash(bytes("entry 7, second version"));

    @TempDir
    Path tmp;

    private Path site() {
        return tmp.resolve("site");
    }

    /** A folder "text/7/" of files named 0.js, 1.js, … with these contents. */
    private static SiteFolder folder(String inputs, String... contents) {
        List<SiteFile> files = new ArrayList<>();
        for (int i = 0; i < contents.length; i++) files.add(new SiteFile("text/7/" + i + ".js", bytes(contents[i])));
        return new SiteFolder("text/7/", files, inputs);
    }

    private SitePublisher.Result publish(SiteFolder folder) throws IOException {
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            if (folder != null) p.put(folder);
            return p.commit();
        }
    }

    private List<String> manifestPaths() throws IOException {
        return Manifest.lines(site()).orElseThrow().stream().map(Manifest.Line::path).toList();
    }

    private void age(String... paths) throws IOException {
        for (String p : paths) Files.setLastModifiedTime(site().resolve(p), OLD);
    }

    private FileTime modified(String path) throws IOException {
        return Files.getLastModifiedTime(site().resolve(path));
    }

    @Test
    void aFolderIsOneLineOfTheManifestAndIsKeptWholeByItsInputs() throws IOException {
        assertEquals(new SitePublisher.Result(4, 0, 0, false), publish(folder(INPUTS, "a", "b", "c")));
        assertEquals(List.of("index.html", "text/7/"), manifestPaths());
        age("text/7/0.js", "text/7/2.js");

        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            assertFalse(p.keep("text/7/", List.of("0.js", "1.js", "2.js"), OTHER_INPUTS), "made from other inputs");
            assertFalse(p.keep("text/7/", List.of("0.js", "1.js", "2.js", "3.js"), INPUTS), "a file it never had");
            assertTrue(p.keep("text/7/", List.of("0.js", "1.js", "2.js"), INPUTS));
            assertArrayEquals(bytes("b"), p.content("text/7/1.js").orElseThrow(), "its files read from the site");
            assertEquals(new SitePublisher.Result(0, 4, 0, true), p.commit(), "a folder's files counted one by one");
        }
        assertEquals(OLD, modified("text/7/0.js"));
        assertEquals(OLD, modified("text/7/2.js"));
        assertEquals(List.of("index.html", "text/7/"), manifestPaths());
    }

    @Test
    void aFolderWithAFileDeletedByHandIsNotKeptAndOnlyThatFileIsWrittenAgain() throws IOException {
        publish(folder(INPUTS, "a", "b"));
        age("text/7/0.js");
        Files.delete(site().resolve("text/7/1.js"));
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            assertFalse(p.keep("text/7/", List.of("0.js", "1.js"), INPUTS));
            p.put(folder(INPUTS, "a", "b"));
            assertEquals(new SitePublisher.Result(1, 2, 0, true), p.commit());
        }
        assertEquals("b", Files.readString(site().resolve("text/7/1.js")));
        assertEquals(OLD, modified("text/7/0.js"), "the file still there was not touched");
    }

    @Test
    void aFolderUntouchedSinceTheManifestIsKeptWithoutBeingListedButOnlyWithItsOwnNames() throws IOException {
        publish(folder(INPUTS, "a", "b", "c"));
        untouchedSinceManifest("text/7");
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            assertFalse(p.keep("text/7/", List.of("0.js", "1.js", "2.js", "3.js"), INPUTS), "a file it never had");
            assertFalse(p.keep("text/7/", List.of("0.js", "1.js"), INPUTS), "not all of its files");
            assertFalse(p.keep("text/7/", List.of("0.js", "2.js", "1.js"), INPUTS), "in another order");
        }
        // A file taken away with the folder's time put back, which only a listing would see: the folder is trusted.
        Files.delete(site().resolve("text/7/1.js"));
        untouchedSinceManifest("text/7");
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            assertTrue(p.keep("text/7/", List.of("0.js", "1.js", "2.js"), INPUTS));
            p.commit();
        }
        // Touched since (the file deleted again by hand, the folder's time now): listed, and made again.
        Files.writeString(site().resolve("text/7/1.js"), "b");
        Files.delete(site().resolve("text/7/1.js"));
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            assertFalse(p.keep("text/7/", List.of("0.js", "1.js", "2.js"), INPUTS));
            p.put(folder(INPUTS, "a", "b", "c"));
            assertEquals(new SitePublisher.Result(1, 3, 0, true), p.commit());
        }
        assertEquals("b", Files.readString(site().resolve("text/7/1.js")));
    }

    /** Makes a folder look as if nothing had changed in it since the manifest was written. */
    private void untouchedSinceManifest(String folder) throws IOException {
        FileTime manifest = modified(Manifest.FILE);
        Files.setLastModifiedTime(site().resolve(folder), FileTime.fromMillis(manifest.toMillis() - 1000));
    }

    @Test
    void aChangedFolderWritesOnlyTheFilesThatChangedAndRemovesThoseItNoLongerHas() throws IOException {
        publish(folder(INPUTS, "a", "b", "c"));
        age("text/7/0.js", "text/7/1.js");

        assertEquals(new SitePublisher.Result(1, 2, 1, true), publish(folder(OTHER_INPUTS, "a", "B")));
        assertEquals(OLD, modified("text/7/0.js"), "same bytes: not touched");
        assertEquals("B", Files.readString(site().resolve("text/7/1.js")));
        assertFalse(Files.exists(site().resolve("text/7/2.js")), "no longer in the folder");
        assertEquals(List.of("index.html", "text/7/"), manifestPaths());
    }

    @Test
    void aFolderNoLongerMadeGoesWithItsFiles() throws IOException {
        publish(folder(INPUTS, "a", "b"));
        assertEquals(new SitePublisher.Result(0, 1, 2, true), publish(null));
        assertFalse(Files.exists(site().resolve("text")), "its folder, empty, removed too");
        assertEquals(List.of("index.html"), manifestPaths());
    }

    @Test
    void aSiteWhoseManifestListedAFoldersFilesOneByOneKeepsThem() throws IOException {
        // Version 3 of the manifest had no folder lines: the pieces were files of their own.
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            p.put("text/7/0.js", bytes("a"));
            p.put("text/7/1.js", bytes("b"));
            p.commit();
        }
        Path manifest = site().resolve(Manifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace("gazette-manifest 4", "gazette-manifest 3"));
        age("text/7/0.js", "text/7/1.js");

        assertEquals(new SitePublisher.Result(1, 2, 0, true), publish(folder(INPUTS, "a", "B")));
        assertEquals(OLD, modified("text/7/0.js"), "known unchanged by its own line");
        assertEquals("B", Files.readString(site().resolve("text/7/1.js")));
        assertEquals(List.of("index.html", "text/7/"), manifestPaths(), "the files' lines give way to the folder's");
    }

    @Test
    void folderPathsAndNamesThatLeadAnywhereElseAreRefused() throws IOException {
        SiteFile piece = new SiteFile("text/7/0.js", bytes("a"));
        assertThrows(IllegalArgumentException.class, () -> new SiteFolder("text/7", List.of(piece), INPUTS));
        assertThrows(IllegalArgumentException.class, () -> new SiteFolder("text/", List.of(piece), INPUTS));
        assertThrows(IllegalArgumentException.class,
                () -> new SiteFolder("text/7/", List.of(new SiteFile("text/7/../../x.js", bytes("a"))), INPUTS));
        publish(folder(INPUTS, "a"));
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            assertThrows(IOException.class, () -> p.keep("text/7/", List.of("../../escape.js"), INPUTS));
            assertThrows(IOException.class, () -> p.keep("../", List.of("x.js"), INPUTS));
            assertThrows(IOException.class, () -> p.put(new SiteFolder("../out/", List.of(new SiteFile("../out/x.js", bytes("x"))), INPUTS)));
            p.put(folder(INPUTS, "a"));
            p.put("text/7/0.js", bytes("a"));
            IOException twice = assertThrows(IOException.class, p::commit);
            assertTrue(twice.getMessage().contains("text/7/0.js"), twice.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("out")));
        assertEquals("a", Files.readString(site().resolve("text/7/0.js")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
