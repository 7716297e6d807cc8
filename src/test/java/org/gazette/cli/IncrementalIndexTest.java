package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index of an incremental build: a new issue's entries, and the people its notices
 * name again, are analysed alone; every other term keeps its postings; and the site is the clean
 * build's, byte for byte.
 */
class IncrementalIndexTest {

    private static final Path SAMPLE = Path.of("content");
    private static final String ISSUE = "gazettes/hunan-province/2024/2024-14.txt";
    private static final Pattern ANALYSED = Pattern.compile("search index: (\\d+) new or changed entries analysed");
    private static final Pattern ALL = Pattern.compile("search index: all (\\d+) entries analysed \\((.*)\\)");

    @TempDir
    Path tmp;

    @Test
    void aNewIssueIsAnalysedAloneAndGivesTheCleanBuild() throws IOException {
        Path content = sampleContent();
        Path site = tmp.resolve("site");
        Matcher first = ALL.matcher(build(content, site));
        assertTrue(first.find());
        int before = Integer.parseInt(first.group(1));

        Path next = content.resolve("gazettes/hunan-province/2024/2024-15.txt");
        Files.writeString(next, nextIssue(Files.readString(content.resolve(ISSUE))));
        String out = build(content, site);
        Matcher update = ANALYSED.matcher(out);
        assertTrue(update.find(), out);
        Matcher clean = ALL.matcher(build(content, tmp.resolve("clean"), "--clean"));
        assertTrue(clean.find());
        int added = Integer.parseInt(clean.group(1)) - before;
        int analysed = Integer.parseInt(update.group(1));
        // The new documents, and the people of its appointment notices, who were in the archive already.
        assertTrue(added >= 6, "the new issue's documents are entries: " + added);
        assertTrue(analysed > added && analysed < before / 2, "new " + added + ", analysed " + analysed);
        assertSameFiles(tmp.resolve("clean"), site);

        // Taken out again (a wrong issue withdrawn): the newest, so no other entry moves. Its entries are
        // taken out of the terms they held, the people it named analysed again.
        Files.delete(next);
        assertTrue(analysedAlone(build(content, site)) < analysed);
        assertCleanBuild(content, site, "clean2");
    }

    @Test
    void anIssueTakenOutFromTheMiddleLeavesTheOtherEntriesFilesAndGivesTheCleanBuild() throws IOException {
        Path content = sampleContent();
        Path site = tmp.resolve("site");
        build(content, site);
        Map<String, byte[]> before = IncrementalBuildTest.files(site);
        // A 2022 issue, older than the 2024 ones: their entries keep their numbers. Its own are taken out
        // of the terms the state lists for them (the sample's are all short or among the newest).
        Files.delete(content.resolve("gazettes/lanshan-county/2022/2022-12-documents.txt"));
        assertEquals(0, analysedAlone(build(content, site)), "nothing to analyse: the issue's people were in no other notice");
        assertTextPiecesKept(before, IncrementalBuildTest.files(site), 2);
        assertCleanBuild(content, site, "clean");
    }

    @Test
    void aBackIssueIsAnalysedAloneAndLeavesTheOtherEntriesFiles() throws IOException {
        Path content = sampleContent();
        Path site = tmp.resolve("site");
        build(content, site);
        Map<String, byte[]> before = IncrementalBuildTest.files(site);
        // An issue of 2023, dated before every 2024 issue already built.
        addBackIssue(content);
        int analysed = analysedAlone(build(content, site));
        Map<String, byte[]> after = IncrementalBuildTest.files(site);
        long added = entries(after).count() - entries(before).count();
        assertTrue(added >= 6, "the back issue's documents are entries: " + added);
        assertTrue(analysed >= added && analysed < added + 10, "new " + added + ", analysed " + analysed);
        assertTextPiecesKept(before, after, 10);
        assertCleanBuild(content, site, "clean");
    }

    @Test
    void anOldLongDocumentCorrectedOrRemovedIsTakenOutByItsPublishedTextAndGivesTheCleanBuild() throws IOException {
        Path content = sampleContent();
        // The 政务云 rules (thousands of characters) in an issue of 2023, then 140 short notices of 2024 and the
        // sample's issues: the rules are neither short nor among the newest 128, and the state lists none of their terms.
        Path back = addBackIssue(content);
        Path year = Files.createDirectories(content.resolve("gazettes/test-city/2024"));
        Files.writeString(year.resolve("../gazette.yaml"), "name: 测试市人民政府公报\nkind: documents\n");
        for (int n = 1; n <= 140; n++) IncrementalBuildTest.citer(year, n);
        Path site = tmp.resolve("site");
        build(content, site);

        // A word corrected: its old terms are read from its published text, and it alone is analysed again.
        String text = Files.readString(back);
        Files.writeString(back, text.replace("提升政务云服务能力和应用水平", "提升政务云服务能力与应用质量"));
        assertTrue(analysedAlone(build(content, site)) <= 3);
        assertCleanBuild(content, site, "clean");
        // The issue removed: its documents are taken out the same way (the people it named analysed again).
        Files.delete(back);
        assertTrue(analysedAlone(build(content, site)) < 20);
        assertCleanBuild(content, site, "clean2");
    }

    @Test
    void aChangedStatusRewritesTheSearchFilesThatShowItAndNothingIsAnalysed() throws IOException {
        Path site = tmp.resolve("site");
        buildAsOf("2025-03-01", SAMPLE, site);
        Map<String, byte[]> before = IncrementalBuildTest.files(site);
        // Years later, documents with a term of validity have expired: their rows and postings carry another status.
        String out = buildAsOf("2034-03-02", SAMPLE, site);
        assertTrue(out.contains("search index: 0 new or changed entries analysed"), out);
        Map<String, byte[]> after = IncrementalBuildTest.files(site);
        assertTrue(after.keySet().stream().anyMatch(p -> p.startsWith("search/text/") && !Arrays.equals(before.get(p), after.get(p))),
                "a text piece shows the new status");
        assertTrue(after.keySet().stream().anyMatch(p -> p.startsWith("search/terms/") && !Arrays.equals(before.get(p), after.get(p))),
                "a shard's postings carry it");
        buildAsOf("2034-03-02", SAMPLE, tmp.resolve("clean"), "--clean");
        assertSameFiles(tmp.resolve("clean"), site);
    }

    @Test
    void aLongDocumentOfARecentIssueCorrectedIsAnalysedAloneAndGivesTheCleanBuild() throws IOException {
        Path content = sampleContent();
        Path site = tmp.resolve("site");
        build(content, site);
        // A word of the 政务云 rules' text (thousands of characters) corrected: its old terms are known, the
        // entry is taken out of them and analysed again, alone.
        Path issue = content.resolve(ISSUE);
        String text = Files.readString(issue);
        assertTrue(text.contains("提升政务云服务能力和应用水平"));
        Files.writeString(issue, text.replace("提升政务云服务能力和应用水平", "提升政务云服务能力与应用质量"));
        assertTrue(analysedAlone(build(content, site)) <= 3);
        assertCleanBuild(content, site, "clean");
    }

    @Test
    void aDamagedIndexStateIsRebuiltFromTheArchive() throws IOException {
        Path content = sampleContent();
        Path site = tmp.resolve("site");
        build(content, site);
        Path state = SiteBuild.cacheOf(site).resolve("index");
        byte[] bytes = Files.readAllBytes(state);
        Files.write(state, Arrays.copyOf(bytes, bytes.length / 2));
        Matcher again = ALL.matcher(build(content, site));
        assertTrue(again.find());
        assertEquals("no index from an earlier build", again.group(2));
        build(content, tmp.resolve("clean"), "--clean");
        assertSameFiles(tmp.resolve("clean"), site);
    }

    @Test
    void aBuildWithNothingChangedLeavesTheIndexStateAlone() throws IOException {
        Path site = tmp.resolve("site");
        build(SAMPLE, site);
        Path state = SiteBuild.cacheOf(site).resolve("index");
        byte[] bytes = Files.readAllBytes(state);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(state, old);
        String out = build(SAMPLE, site);
        assertTrue(out.contains("search index: 0 new or changed entries analysed"), out);
        assertEquals(old, Files.getLastModifiedTime(state), "not written again");
        assertArrayEquals(bytes, Files.readAllBytes(state));
    }

    /**
     * The next issue of the same gazette: a fortnight later, its documents renumbered (100 added to
     * every 2024 文号 and 令号, so none is an earlier document again), its appointment notices
     * naming the same people.
     */
    private static String nextIssue(String issue) {
        return issue.replace("2024年7月31日 第14期 总第710期", "2024年8月15日 第15期 总第711期")
                .replaceAll("〔2024〕(\\d+)号", "〔2024〕1$1号")
                .replaceAll("令第(\\d+)号", "令第1$1号")
                .replaceAll("HNPR—2024—(\\d+)", "HNPR—2024—9$1");
    }

    /** The sample copied into the test's folder, to be changed. */
    private Path sampleContent() throws IOException {
        return IncrementalBuildTest.copy(SAMPLE, tmp.resolve("content"));
    }

    /** The sample's issue a year earlier ({@link #backIssue}), added to the content: a publisher digitising back volumes. */
    private static Path addBackIssue(Path content) throws IOException {
        Path back = content.resolve("gazettes/hunan-province/2023/2023-14.txt");
        Files.createDirectories(back.getParent());
        Files.writeString(back, backIssue(Files.readString(content.resolve(ISSUE))));
        return back;
    }

    /** The search entries of a site: the first text piece of each. */
    private static Stream<String> entries(Map<String, byte[]> files) {
        return files.keySet().stream().filter(p -> p.startsWith("search/text/") && p.endsWith("/0.js"));
    }

    /**
     * The issue a year before the sample's: its documents renumbered (〔2023〕, 令号 and 登记号 shifted),
     * so that none is a later document again.
     */
    private static String backIssue(String issue) {
        return issue.replace("2024年7月31日 第14期 总第710期", "2023年7月31日 第14期 总第686期")
                .replaceAll("〔2024〕(\\d+)号", "〔2023〕2$1号")
                .replaceAll("令第(\\d+)号", "令第2$1号")
                .replaceAll("HNPR—2024—(\\d+)", "HNPR—2023—8$1");
    }

    /**
     * Every search text piece of the earlier site that is still there has its bytes: entries keep their
     * numbers and their rows. Only those of people whose record changed (at most {@code changedEntries}) differ.
     */
    private static void assertTextPiecesKept(Map<String, byte[]> before, Map<String, byte[]> after, int changedEntries) {
        List<String> changed = before.keySet().stream()
                .filter(p -> p.startsWith("search/text/") && after.containsKey(p) && !Arrays.equals(before.get(p), after.get(p)))
                .toList();
        assertTrue(changed.stream().map(p -> p.substring(0, p.lastIndexOf('/'))).distinct().count() <= changedEntries,
                "text pieces rewritten: " + changed);
        long entries = entries(before).count();
        long kept = entries(before).filter(after::containsKey).count();
        assertTrue(kept > entries / 2, "most entries stay: " + kept + " of " + entries);
    }

    /** How many entries a build's summary says it analysed, the others' postings kept (it must say so). */
    private static int analysedAlone(String out) {
        Matcher update = ANALYSED.matcher(out);
        assertTrue(update.find(), out);
        return Integer.parseInt(update.group(1));
    }

    /** A clean build of the content, into a folder of this name, gives the site's files byte for byte. */
    private void assertCleanBuild(Path content, Path site, String folder) throws IOException {
        build(content, tmp.resolve(folder), "--clean");
        assertSameFiles(tmp.resolve(folder), site);
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = IncrementalBuildTest.files(expected);
        Map<String, byte[]> got = IncrementalBuildTest.files(actual);
        assertEquals(want.keySet(), got.keySet());
        for (String path : want.keySet()) assertArrayEquals(want.get(path), got.get(path), path);
    }

    private static String build(Path content, Path site, String... extra) {
        return buildAsOf("2024-12-31", content, site, extra);
    }

    private static String buildAsOf(String asOf, Path content, Path site, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "--as-of", asOf));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
