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
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path tmp;

    private Path site() {
        return tmp.resolve("site");
    }

    private SitePublisher.Result publish(boolean clean, String... pathsAndContents) throws IOException {
        try (SitePublisher p = SitePublisher.open(site(), clean)) {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                p.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            return p.commit();
        }
    }

    @Test
    void anIncrementalCommitWritesChangedFilesRemovesOldOnesAndLeavesTheRestAlone() throws IOException {
        SitePublisher.Result first = publish(false, "index.html", "home", "a/one.html", "one", "b/two.html", "two");
        assertEquals(new SitePublisher.Result(3, 0, 0, false), first);
        Files.setLastModifiedTime(site().resolve("index.html"), OLD);

        SitePublisher.Result second = publish(false, "index.html", "home", "a/one.html", "ONE", "c/three.html", "three");
        assertEquals(new SitePublisher.Result(2, 1, 1, true), second);
        assertEquals(OLD, Files.getLastModifiedTime(site().resolve("index.html")), "unchanged: not touched");
        assertEquals("ONE", Files.readString(site().resolve("a/one.html")));
        assertEquals("three", Files.readString(site().resolve("c/three.html")));
        assertFalse(Files.exists(site().resolve("b")), "a removed file's empty folder goes too");
        assertEquals(List.of("a/one.html", "c/three.html", "index.html"),
                Manifest.lines(site()).orElseThrow().stream().map(Manifest.Line::path).toList());
        assertEquals(List.of(), siblings(), "no staging folder left");
    }

    @Test
    void aCommitOfManyFilesMovesEveryOneInAndLeavesTheUnchangedAlone() throws IOException {
        List<String> first = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) first.addAll(List.of("text/" + i + "/0.js", "piece " + i));
        publish(false, first.toArray(String[]::new));
        Files.setLastModifiedTime(site().resolve("text/1/0.js"), OLD);

        List<String> second = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) second.addAll(List.of("text/" + i + "/0.js", i % 2 == 0 ? "changed " + i : "piece " + i));
        for (int i = 600; i < 900; i++) second.addAll(List.of("text/" + i + "/0.js", "new " + i));
        assertEquals(new SitePublisher.Result(600, 300, 0, true), publish(false, second.toArray(String[]::new)));
        for (int i = 0; i < 900; i++) {
            String expected = i >= 600 ? "new " + i : i % 2 == 0 ? "changed " + i : "piece " + i;
            assertEquals(expected, Files.readString(site().resolve("text/" + i + "/0.js")));
        }
        assertEquals(OLD, Files.getLastModifiedTime(site().resolve("text/1/0.js")), "unchanged: not touched");
        assertEquals(900, Manifest.lines(site()).orElseThrow().size());
        assertEquals(List.of(), siblings(), "no staging folder left");
    }

    @Test
    void aFileDeletedByHandIsWrittenAgain() throws IOException {
        publish(false, "index.html", "home", "a/one.html", "one");
        Files.delete(site().resolve("a/one.html"));
        assertEquals(new SitePublisher.Result(1, 1, 0, true), publish(false, "index.html", "home", "a/one.html", "one"));
        assertEquals("one", Files.readString(site().resolve("a/one.html")));
    }

    @Test
    void theSiteFolderIsReadableAsAnyNewFolderIsAndKeepsThePermissionsGivenIt() throws IOException {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> asNew =
                Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("probe")));
        Files.delete(tmp.resolve("probe"));
        publish(false, "index.html", "home");
        assertEquals(asNew, Files.getPosixFilePermissions(site()), "not a temporary folder's owner-only permissions");

        java.util.Set<java.nio.file.attribute.PosixFilePermission> groupOnly =
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(site(), groupOnly);
        publish(true, "index.html", "home, again");
        assertEquals(groupOnly, Files.getPosixFilePermissions(site()), "a clean build's new folder has the old one's");
    }

    @Test
    void aSiteWhoseManifestIsDamagedIsMadeWholeAgainAndSaysWhy() throws IOException {
        publish(false, "index.html", "home", "a/one.html", "one");
        Files.writeString(site().resolve("stray.html"), "left by hand");
        Path manifest = site().resolve(Manifest.FILE);
        // Saved by an editor in GBK, as a Chinese Windows editor does: its paths are no longer UTF-8.
        byte[] gbk = Files.readString(manifest).replace("a/one.html", "文件/one.html").getBytes(java.nio.charset.Charset.forName("GBK"));
        Files.write(manifest, gbk);

        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", bytes("home"));
            p.put("a/one.html", bytes("one"));
            List<org.gazette.model.Diagnostic> problems = p.problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("manifest-damaged", problems.get(0).code());
            assertEquals(manifest.toString(), problems.get(0).file());
            assertEquals(2, problems.get(0).line(), "the line of the first byte that is not UTF-8 (a/one.html, after the header)");
            assertEquals(new SitePublisher.Result(2, 0, 0, false), p.commit(), "written whole, as a first build");
        }
        assertFalse(Files.exists(site().resolve("stray.html")), "what the manifest could not vouch for is gone");
        assertEquals(List.of("a/one.html", "index.html"), Manifest.lines(site()).orElseThrow().stream().map(Manifest.Line::path).toList());
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            assertEquals(List.of(), p.problems(), "the new manifest is whole");
        }
    }

    @Test
    void aManifestLineWithoutItsFieldsIsDamageNotSkipped() throws IOException {
        publish(false, "index.html", "home");
        Path manifest = site().resolve(Manifest.FILE);
        Files.writeString(manifest, Files.readString(manifest) + "index.html\n");
        Manifest.Damaged e = assertThrows(Manifest.Damaged.class, () -> Manifest.lines(site()));
        assertEquals(3, e.line());
        assertEquals("not a line of hash, inputs and path", e.why());
    }

    @Test
    void aManifestPathOutsideTheSiteIsDamageNotABuildThatFailsForEver() throws IOException {
        publish(false, "index.html", "home", "a..b/c..html", "dots inside names are names");
        Path manifest = site().resolve(Manifest.FILE);
        String whole = Files.readString(manifest);
        assertEquals(List.of("a..b/c..html", "index.html"), Manifest.lines(site()).orElseThrow().stream().map(Manifest.Line::path).toList());
        for (String outside : List.of("../evil.html", "../x/y/evil.html", "a/../../evil.html", "/etc/evil.html", "a/..", "a\\..\\..\\evil.html")) {
            Files.writeString(manifest, whole + Manifest.hash(bytes("x")) + "\t-\t" + outside + "\n");
            Manifest.Damaged e = assertThrows(Manifest.Damaged.class, () -> Manifest.lines(site()), outside);
            assertEquals("a path outside the site", e.why());
            assertEquals(4, e.line());
        }
        Files.writeString(tmp.resolve("evil.html"), "not the site's");
        assertEquals(new SitePublisher.Result(2, 0, 0, false), publish(false, "index.html", "home", "a..b/c..html", "dots"));
        assertEquals("not the site's", Files.readString(tmp.resolve("evil.html")));
    }

    @Test
    void aPathHoldingTheReplacementCharacterIsNotDamage() throws IOException {
        publish(false, "index.html", "home", "a\uFFFDb.html", "odd");
        assertEquals(List.of("a\uFFFDb.html", "index.html"), Manifest.lines(site()).orElseThrow().stream().map(Manifest.Line::path).toList());
    }

    @Test
    void aFolderThatIsNotAGazetteSiteIsNotReplaced() throws IOException {
        Files.createDirectories(site());
        Files.writeString(site().resolve("thesis.docx"), "years of work");
        IOException e = assertThrows(IOException.class, () -> SitePublisher.open(site(), true));
        assertTrue(e.getMessage().contains("not built by gazette"), e.getMessage());
        assertEquals("years of work", Files.readString(site().resolve("thesis.docx")));
        assertEquals(List.of(), siblings());
    }

    @Test
    void aCleanBuildRewritesEverything() throws IOException {
        publish(false, "index.html", "home");
        Files.setLastModifiedTime(site().resolve("index.html"), OLD);
        assertEquals(new SitePublisher.Result(1, 0, 0, false), publish(true, "index.html", "home"));
        assertFalse(OLD.equals(Files.getLastModifiedTime(site().resolve("index.html"))));
    }

    @Test
    void withoutACommitTheSiteIsUntouchedAndNothingIsLeft() throws IOException {
        publish(false, "index.html", "home");
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            p.put("index.html", "new".getBytes(StandardCharsets.UTF_8));
            p.put("other.html", "x".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("home", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(site().resolve("other.html")));
        assertEquals(List.of(), siblings());
    }

    @Test
    void pathsOutsideTheSiteAndTwiceClaimedPathsAreRefused() throws IOException {
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            byte[] x = {1};
            assertThrows(IOException.class, () -> p.put("../escape.html", x));
            assertThrows(IOException.class, () -> p.put("/etc/passwd", x));
            assertThrows(IOException.class, () -> p.put("", x));
            p.put("a.html", x);
            assertThrows(IOException.class, () -> p.put("a.html", x));
        }
        assertFalse(Files.exists(tmp.resolve("escape.html")));
    }

    @Test
    void aCommitInterruptedAfterItsJournalIsFinishedByTheNextPublisher() throws IOException {
        publish(false, "index.html", "home", "old.html", "old");
        // What a build killed halfway through its commit leaves: a journal, one file moved, one not yet.
        Path staging = Files.createDirectories(tmp.resolve(".site.new-123"));
        Files.writeString(staging.resolve("new.html"), "new");
        Files.writeString(site().resolve("index.html"), "HOME"); // moved before the kill
        Manifest.write(staging.resolve(Manifest.FILE), List.of(new Manifest.Line("index.html", Manifest.hash(bytes("HOME")), null),
                new Manifest.Line("new.html", Manifest.hash(bytes("new")), null)));
        Files.write(staging.resolve(".gazette-commit"),
                List.of("put\tnew.html", "put\tindex.html", "del\told.html", "put\t" + Manifest.FILE));

        try (SitePublisher p = SitePublisher.open(site(), false)) {
            assertEquals("new", Files.readString(site().resolve("new.html")), "replayed on open");
            assertFalse(Files.exists(site().resolve("old.html")));
            p.put("index.html", bytes("HOME"));
            p.put("new.html", bytes("new"));
            assertEquals(new SitePublisher.Result(0, 2, 0, true), p.commit(), "the manifest was replayed too");
        }
        assertEquals(List.of(), siblings());
    }

    @Test
    void aSwapInterruptedBetweenItsRenamesGetsTheOldSiteBack() throws IOException {
        publish(false, "index.html", "home");
        Files.move(site(), tmp.resolve(".site.old-1"));
        Files.createDirectories(tmp.resolve(".site.new-2"));
        try (SitePublisher p = SitePublisher.open(site(), false)) {
            assertEquals("home", Files.readString(site().resolve("index.html")));
        }
        assertEquals(List.of(), siblings());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".site.")).toList();
        }
    }

    @Test
    void manifestHashesDifferForDifferentContent() {
        assertFalse(Manifest.hash(bytes("a")).equals(Manifest.hash(bytes("b"))));
        assertEquals(32, Manifest.hash(bytes("a")).length());
        assertArrayEquals(bytes(Manifest.hash(bytes("a"))), bytes(Manifest.hash(bytes("a"))));
        assertTrue(Manifest.hash(new byte[0]).matches("[0-9a-f]{32}"));
    }
}
