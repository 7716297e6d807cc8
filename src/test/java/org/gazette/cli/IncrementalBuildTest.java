package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gazette.render.SiteFile;
import org.gazette.render.SiteRenderer;
import org.gazette.render.SiteSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding after an issue is added or removed: only what changed is written, and the result is a clean build's. */
class IncrementalBuildTest {

    private static final Path SAMPLE = Path.of("content");
    private static final Path TEMPLATES = Path.of("templates");
    private static final String NEWEST = "gazettes/hunan-province/2024/2024-14.txt";
    private static final String LANSHAN = "gazettes/lanshan-county/2022/2022-12-documents.txt";
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) files \\((\\d+) written, (\\d+) unchanged, (\\d+) removed\\)");

    @TempDir
    Path tmp;

    @Test
    void addingAnIssueWritesOnlyWhatChangedAndGivesTheCleanBuildByteForByte() throws IOException {
        Path content = copy(SAMPLE, tmp.resolve("content"));
        Path issue = content.resolve(NEWEST);
        Path aside = Files.move(issue, tmp.resolve("new-issue.txt"));
        Path site = tmp.resolve("site");
        build(content, site);
        Map<String, byte[]> before = files(site);
        touchAll(site);

        Files.move(aside, issue);
        Matcher summary = build(content, site);
        int written = Integer.parseInt(summary.group(2));
        int unchanged = Integer.parseInt(summary.group(3));
        assertTrue(written > 0 && unchanged > written, "most files unchanged: " + summary.group());

        Path clean = tmp.resolve("clean");
        build(content, clean, "--clean");
        Map<String, byte[]> incremental = files(site);
        Map<String, byte[]> expected = files(clean);
        assertEquals(expected.keySet(), incremental.keySet());
        int untouched = 0;
        for (String path : expected.keySet()) {
            assertArrayEquals(expected.get(path), incremental.get(path), path);
            boolean same = before.containsKey(path) && Arrays.equals(before.get(path), incremental.get(path));
            FileTime modified = Files.getLastModifiedTime(site.resolve(path));
            if (same && !path.equals(org.gazette.publish.Manifest.FILE)) {
                assertEquals(OLD, modified, "an unchanged file keeps its modification time: " + path);
                untouched++;
            } else {
                assertFalse(OLD.equals(modified), "a changed file is rewritten: " + path);
            }
        }
        assertEquals(unchanged, untouched, "the summary counts the untouched files");
        assertTrue(incremental.containsKey("documents/湖南省人民政府令-321.html"), "the new issue's documents are there");
    }

    @Test
    void aBuildOnAnotherDayRewritesOnlyThePagesWhoseStatusChanged() throws IOException {
        Path site = tmp.resolve("site");
        buildAsOf("2025-03-01", SAMPLE, site);
        Map<String, byte[]> before = files(site);
        buildAsOf("2025-03-02", SAMPLE, site); // no document of the sample changes status that day
        assertEquals(List.of(org.gazette.publish.Manifest.FILE, "index.html"), changed(before, files(site)),
                "only the home page says the date status is computed for");

        buildAsOf("2034-03-02", SAMPLE, site); // years later, documents with a term of validity have expired
        List<String> changed = changed(before, files(site));
        assertTrue(changed.contains("documents/湘政办发-2024-24.html"), changed.toString()); // 有效期2年, from 2024
        assertTrue(changed.stream().noneMatch(p -> p.startsWith("people/") || p.startsWith("gazettes/")), changed.toString());
    }

    @Test
    void everyPageOfTheSampleCanBeKeptWithoutRenderingIt() throws IOException {
        SiteBuild.Linked linked = new SiteBuild().link(new SiteBuild.Options(SAMPLE, TEMPLATES, tmp.resolve("site"),
                java.time.LocalDate.of(2024, 12, 31), null, false, false));
        SiteRenderer.Rendering rendering = new SiteRenderer(TEMPLATES, "code")
                .prepare(linked.archive(), linked.pages(), org.gazette.render.MentionMemory.empty(), SiteBuild.otherFiles(linked.archive()));
        List<String> kept = Collections.synchronizedList(new ArrayList<>());
        List<String> rendered = Collections.synchronizedList(new ArrayList<>());
        rendering.into(new SiteSink() {
            @Override
            public void accept(SiteFile file) {
                rendered.add(file.path());
            }

            @Override
            public boolean keep(String path, String inputs) {
                kept.add(path);
                return true;
            }
        }, () -> { });
        assertEquals(rendering.pages(), kept.size(), "asked about every page");
        assertEquals(List.of(), rendered.stream().filter(p -> p.endsWith(".html")).toList(), "every page has a fingerprint");
    }

    @Test
    void aPageWhoseTextMentionsAnotherDocumentChangesWhenThatDocumentDoes() throws IOException {
        // Only the text of the citing page changes (its list of citations links to the page, not to an article):
        // the page is kept or rendered by what its mentions lead to, without its text being read.
        Path content = copy(Path.of("src/test/resources/incremental/article-link"), tmp.resolve("content"));
        Path site = tmp.resolve("site");
        String citing = "documents/测政发-2024-1.html";
        String link = "<a href=\"../documents/测政发-2024-2.html#第三条\">";
        build(content, site);
        assertFalse(Files.readString(site.resolve(citing)).contains(link), "no 第三条 to link to yet");
        Map<String, byte[]> before = files(site);

        Path cited = content.resolve("gazettes/test-city/2024/b.txt");
        Files.writeString(cited, Files.readString(cited) + "\n第三条　各单位应当每季度报送共享目录。\n");
        build(content, site);
        assertTrue(Files.readString(site.resolve(citing)).contains(link), "the mention now links to the article");
        assertTrue(changed(before, files(site)).contains(citing));
        assertSameFiles(files(buildClean(content)), files(site));

        // An editor's correction of the citing text: the same source file, a new sidecar.
        Files.writeString(content.resolve("gazettes/test-city/2024/a.md"), "---\ndocuments:\n  - doc: 测政发〔2024〕1号\n"
                + "    text:\n      - line: 8\n        from: 第三条\n        to: 第二条\n---\n");
        build(content, site);
        assertTrue(Files.readString(site.resolve(citing)).contains("<a href=\"../documents/测政发-2024-2.html#第二条\">"));
        assertSameFiles(files(buildClean(content)), files(site));
    }

    @Test
    void aDocumentCitedByManyListsTheLatestAndAllOfThemOnPagesThatANewCiterLeavesAsTheyWere() throws IOException {
        Path year = Files.createDirectories(tmp.resolve("content/gazettes/test-city/2024"));
        Files.writeString(year.resolve("../gazette.yaml"), "name: 测试市人民政府公报\nkind: documents\n");
        Files.copy(Path.of("src/test/resources/incremental/article-link/gazettes/test-city/2024/b.txt"), year.resolve("b.txt"));
        for (int i = 1; i <= 251; i++) citer(year, i);
        Path site = tmp.resolve("site");
        build(year.getParent().getParent().getParent(), site);

        String cited = "documents/测政发-2024-2.html";
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve(cited).toFile(), "UTF-8");
        assertEquals("被引用（251）", page.select("h2:containsOwn(被引用)").text());
        var shown = page.select("h2:containsOwn(被引用) + ul.documents li .number").eachText();
        assertEquals(50, shown.size());
        assertEquals("测政办发〔2024〕251号", shown.get(0), "the latest first");
        assertEquals("测政办发〔2024〕202号", shown.get(49));
        // All of them on pages that end where a document's id says (about 200 each), the last named latest.
        List<String> pages = page.select("p.more a").eachAttr("href");
        assertTrue(pages.size() >= 2 && pages.stream().allMatch(h -> h.startsWith("../all/documents/测政发-2024-2/")), pages.toString());
        assertEquals("../all/documents/测政发-2024-2/latest.html", pages.get(pages.size() - 1));
        List<String> all = new ArrayList<>();
        String next = pages.get(0).substring("../".length());
        String first = next;
        while (!next.isEmpty()) {
            org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(site.resolve(next).toFile(), "UTF-8");
            all.addAll(list.select("ul.documents li .number").eachText());
            String href = list.select("nav.pager a[rel=next]").attr("href"); // the pages lead one to the next
            next = href.isEmpty() ? "" : "all/documents/测政发-2024-2/" + href.substring(href.lastIndexOf('/') + 1);
        }
        assertEquals(251, all.size());
        assertEquals("测政办发〔2024〕1号", all.get(0), "all of them, the earliest first");
        assertEquals("测政办发〔2024〕251号", all.get(250));
        // A browse page is such a list too.
        org.jsoup.nodes.Document notices = org.jsoup.Jsoup.parse(site.resolve("browse/type-通知.html").toFile(), "UTF-8");
        assertEquals(50, notices.select("ul.documents li").size());
        assertEquals("../all/browse/type-通知/latest.html", notices.select("p.more a").last().attr("href"), notices.text());

        Map<String, byte[]> before = files(site);
        touchAll(site);
        citer(year, 252);
        build(year.getParent().getParent().getParent(), site);
        List<String> changed = changed(before, files(site));
        assertTrue(changed.containsAll(List.of(cited, "all/documents/测政发-2024-2/latest.html")), changed.toString());
        assertFalse(changed.contains(first), "the first page lists the same documents");
        assertEquals(OLD, Files.getLastModifiedTime(site.resolve(first)), "and is not written");
        assertTrue(changed.contains("browse/type-通知.html"), changed.toString());
        assertSameFiles(files(buildClean(year.getParent().getParent().getParent())), files(site));
    }

    /** Issue {@code n} of the test city: one notice that cites 测政发〔2024〕2号, signed on the n-th day after 1 March 2024. */
    static void citer(Path year, int n) throws IOException {
        java.time.LocalDate signed = java.time.LocalDate.of(2024, 3, 1).plusDays(n);
        Files.writeString(year.resolve(String.format("c%03d.txt", n)), """
                测试市人民政府办公室
                关于做好第%d批数据共享工作的通知

                测政办发〔2024〕%d号

                各县市区人民政府，市直各单位：

                按照《测试市数据共享管理办法》（测政发〔2024〕2号）要求，现就有关事项通知如下。

                测试市人民政府办公室

                %d年%d月%d日
                """.formatted(n, n, signed.getYear(), signed.getMonthValue(), signed.getDayOfMonth()));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, byte[]> f : actual.entrySet()) assertArrayEquals(expected.get(f.getKey()), f.getValue(), f.getKey());
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() throws IOException {
        Path templates = copy(TEMPLATES, tmp.resolve("templates"));
        Path site = tmp.resolve("site");
        build(SAMPLE, site, "--templates", templates.toString());
        Map<String, byte[]> before = files(site);
        Path layout = templates.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- edited --></body>"));

        build(SAMPLE, site, "--templates", templates.toString());
        Map<String, byte[]> after = files(site);
        List<String> changed = changed(before, after);
        assertEquals(before.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList(),
                changed.stream().filter(p -> p.endsWith(".html")).toList(), "every page, and only pages");
        Path clean = tmp.resolve("clean");
        build(SAMPLE, clean, "--clean", "--templates", templates.toString());
        Map<String, byte[]> expected = files(clean);
        assertEquals(expected.keySet(), after.keySet());
        for (String path : expected.keySet()) assertArrayEquals(expected.get(path), after.get(path), path);
    }

    @Test
    void aPageDeletedByHandIsMadeAgain() throws IOException {
        Path site = tmp.resolve("site");
        build(SAMPLE, site);
        String page = "documents/湘政发-2024-9.html";
        byte[] before = Files.readAllBytes(site.resolve(page));
        Files.delete(site.resolve(page));
        Matcher summary = build(SAMPLE, site);
        assertEquals("1", summary.group(2), summary.group());
        assertArrayEquals(before, Files.readAllBytes(site.resolve(page)));
    }

    @Test
    void searchTextsDeletedByHandAreMadeAgainInASiteWhoseOtherFoldersAreTrusted() throws IOException {
        Path site = tmp.resolve("site");
        build(SAMPLE, site);
        Map<String, byte[]> before = files(site);
        // Built a while ago: every folder older than the manifest, so kept files are not looked for.
        FileTime built = Files.getLastModifiedTime(site.resolve(org.gazette.publish.Manifest.FILE));
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(built.toMillis() - 3_600_000));
            }
        }
        List<String> folders = before.keySet().stream().filter(p -> p.startsWith("search/text/"))
                .map(p -> p.substring(0, p.lastIndexOf('/') + 1)).distinct().toList();
        String piece = folders.get(0) + "0.js";
        String whole = folders.get(1);
        long inWhole = before.keySet().stream().filter(p -> p.startsWith(whole)).count();
        Files.delete(site.resolve(piece));
        try (Stream<Path> walk = Files.walk(site.resolve(whole))) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
        }

        Matcher summary = build(SAMPLE, site);
        assertEquals(String.valueOf(1 + inWhole), summary.group(2), summary.group());
        Map<String, byte[]> after = files(site);
        assertEquals(before.keySet(), after.keySet());
        for (String path : before.keySet()) assertArrayEquals(before.get(path), after.get(path), path);
    }

    private static List<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        return after.keySet().stream().filter(p -> !Arrays.equals(before.get(p), after.get(p))).sorted().toList();
    }

    @Test
    void removingAnIssueRemovesItsPagesAndEveryLinkToThem() throws IOException {
        Path content = copy(SAMPLE, tmp.resolve("content"));
        Path site = tmp.resolve("site");
        build(content, site);
        String page = "documents/蓝政办发-2022-13.html";
        assertTrue(Files.exists(site.resolve(page)));
        assertTrue(Files.readString(site.resolve("documents/永政办发-2022-13.html")).contains("蓝政办发-2022-13.html"),
                "the cited document lists the citing one");

        Files.delete(content.resolve(LANSHAN));
        Matcher summary = build(content, site);
        assertTrue(Integer.parseInt(summary.group(4)) > 0, summary.group());
        assertFalse(Files.exists(site.resolve(page)));
        assertFalse(Files.exists(site.resolve("gazettes/lanshan-county/2022-12-documents.html")));
        for (Map.Entry<String, byte[]> f : files(site).entrySet()) {
            if (!f.getKey().endsWith(".html") && !f.getKey().endsWith(".js") && !f.getKey().endsWith(".json")) continue;
            String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("蓝政办发-2022-13.html"), "no link left to the removed document in " + f.getKey());
        }
        Map<String, byte[]> clean = files(buildClean(content));
        assertEquals(clean.keySet(), files(site).keySet(), "no file of the removed issue is left behind");
    }

    @Test
    void withoutATerminalTheBuildPrintsOnlyItsSummary() throws IOException {
        Path content = copy(SAMPLE, tmp.resolve("content"));
        Cli r = Cli.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "no progress bars in a log");
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).matches("stages: scan [0-9.]+ s · parse [0-9.]+ s · link .* · publish [0-9.]+ s"), lines.get(0));
        assertEquals("search index: all 90 entries analysed (no index from an earlier build)", lines.get(1));
        assertTrue(lines.get(2).matches("built .*: 4 gazettes, 29 documents, 958 files \\(958 written, 0 unchanged, 0 removed\\), "
                + "0 errors, 0 warnings \\(see .*data-quality.html\\), [0-9.]+ s"), lines.get(2));
    }

    private Path buildClean(Path content) {
        Path clean = tmp.resolve("clean");
        build(content, clean, "--clean");
        return clean;
    }

    private static Matcher build(Path content, Path site, String... extra) {
        return buildAsOf("2024-12-31", content, site, extra);
    }

    private static Matcher buildAsOf(String asOf, Path content, Path site, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString(), "--as-of", asOf));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.out());
        return m;
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void touchAll(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, OLD);
        }
    }
}
