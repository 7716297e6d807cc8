package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the sample archive once and checks the site a reader gets. */
class BuildCommandTest {

    /**
     * The day of the builds whose sites are compared: today in China turns at 16:00 UTC, and a
     * test suite running across it would compare a site of one day with one of the next.
     */
    private static final String AS_OF = "2026-06-30";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        Cli r = Cli.run("build", "--as-of", AS_OF, "--out", site.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("29 documents"), r.out());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyParsedDocumentHasAPageAndTheSameDocumentIsOnePageWithTwoAppearances() throws IOException {
        try (Stream<Path> docs = Files.list(site.resolve("documents"))) {
            assertEquals(29, docs.count(), "30 parsed documents, 湘卫发〔2024〕4号 twice");
        }
        Document merged = page("documents/湘卫发-2024-4.html");
        List<String> appearances = merged.select("section.links > ul").first().select("li > a").eachText();
        assertEquals(2, appearances.size(), appearances.toString());
        assertTrue(appearances.get(0).startsWith("湖南省人民政府公报 2024年第14期"), appearances.toString());
        assertTrue(appearances.get(1).startsWith("湖南省卫生健康委员会文件"), appearances.toString());
        assertEquals(10, merged.select("dd").get(3).text().split("、").length, "the ten co-issuers of the issue's version");
    }

    @Test
    void theDataQualityPagesNameEachProblemInChineseAndSayWhatItMeans() throws IOException {
        // A code such as markup-in-table told an editor reading the site nothing.
        Document overview = page("data-quality.html");
        Element row = overview.select("table.problems tr:has(code:containsOwn(markup-in-table))").first();
        assertEquals("表格中的标记 markup-in-table 提示 29", row.text());
        assertEquals("#code-markup-in-table", row.select("a").attr("href"));
        Element meaning = overview.getElementById("code-markup-in-table");
        assertEquals("表格中的标记 markup-in-table", meaning.text());
        assertEquals("表格行中的 HTML 标记已删去，文字保留。无需处理。", meaning.nextElementSibling().text());
        assertEquals(8, overview.select("dl.codes dt").size(), "one meaning per code of the table");

        Document file = page("data-quality/content-gazettes-hunan-province-2024-2024-14-txt.html");
        Element problem = file.select("table.problems tbody tr").first();
        assertEquals("提示", problem.child(1).text());
        assertEquals("跨页接续 continuation-stitched", problem.child(2).text());
        assertEquals("../data-quality.html#code-continuation-stitched", problem.child(2).select("a").attr("href"));
    }

    @Test
    void theIssuePageLinksEveryTableOfContentsEntryToItsDocument() throws IOException {
        Document issue = page("gazettes/hunan-province/2024-14.html");
        List<String> links = issue.select(".toc-entry a").eachAttr("href");
        assertEquals(7, links.size());
        assertEquals("../../documents/湖南省人民政府令-321.html", links.get(0));
        assertTrue(issue.select(".missing").isEmpty());
    }

    @Test
    void aCitationOfADocumentFromAnotherSourceLinksToIt() throws IOException {
        Document lanshan = page("documents/蓝政办发-2022-13.html");
        assertTrue(lanshan.select(".citations a[href=../documents/永政办发-2022-13.html]").size() == 1,
                lanshan.select(".citations").outerHtml());
        Document yongzhou = page("documents/永政办发-2022-13.html");
        assertTrue(yongzhou.text().contains("被引用"), "cited-by list on the cited document");
        assertFalse(yongzhou.select("a[href=../documents/蓝政办发-2022-13.html]").isEmpty());
    }

    @Test
    void articlesHaveStableAnchorsAndLinksAreRelative() throws IOException {
        Document order = page("documents/湖南省人民政府令-321.html");
        assertEquals("第三条", order.getElementById("第三条").select("a.anchor").first().text());
        for (String href : order.select("a[href]").eachAttr("href")) {
            assertFalse(href.startsWith("/") || href.contains("://"), href);
            assertTrue(href.startsWith("#") || href.contains(".html") || href.contains(".css"), href);
        }
    }

    @Test
    void appointmentNoticesLinkToPeopleAndPeopleToPostsAndBack() throws IOException {
        Document notice = page("documents/湘政人-2024-23.html");
        List<String> people = notice.select("section.appointments td:first-child a").eachAttr("href");
        assertEquals(List.of("../people/湖南省-张越雷.html", "../people/湖南省-庄大力.html", "../people/湖南省-申志军.html",
                "../people/湖南省-金银国.html"), people);
        Document person = page("people/永州市-张荣华.html");
        List<String> rows = person.select("table.timeline tbody tr").eachText();
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).contains("免 市政府发展研究中心(市承接产业转移服务中心)主任"), rows.toString());
        String noticeLink = person.select("table.timeline a[href*=永政人-2022-14]").first().attr("href");
        assertEquals("../documents/永政人-2022-14.html#L1286", noticeLink);
        Document post = page("posts/永州市司法局-副局长.html");
        List<String> holders = post.select("table.holders tbody tr").eachText();
        assertEquals(2, holders.size(), holders.toString());
        assertTrue(holders.get(0).startsWith("刘洁 不详 2022-07-29"), "the removed holder first: " + holders);
        assertTrue(holders.get(1).startsWith("蒋宁 2022-07-29 —"), holders.toString());
    }

    @Test
    void appointmentsAreIndexedByYearAndEachYearHasItsPage() throws IOException {
        Document index = page("appointments/index.html");
        List<String> years = index.select("p.meta:containsOwn(按年份) a").eachText();
        assertEquals(List.of("2024", "2022"), years, "newest first");
        int rows = 0;
        for (String year : years) {
            Document yearPage = page("appointments/all/" + year + ".html");
            List<String> dates = yearPage.select("section h2 time").eachText();
            assertFalse(dates.isEmpty(), year);
            assertTrue(dates.stream().allMatch(d -> d.startsWith(year)), year + ": " + dates);
            rows += yearPage.select("section tbody tr").size();
        }
        assertEquals(74, rows, "every record on the page of its year, once");
        Document county = page("appointments/蓝山县/2022.html");
        assertEquals("../../appointments/蓝山县.html", county.select("nav.crumbs a:containsOwn(蓝山县)").attr("href"));
        assertTrue(county.select("section tbody td:last-child").eachText().stream().allMatch(n -> n.startsWith("蓝政人")),
                "only the county's notices");
    }

    @Test
    void appointmentsAndPeopleAreExportedAsJsonAndCsv() throws IOException {
        com.fasterxml.jackson.databind.JsonNode people = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("data/people.json").toFile());
        com.fasterxml.jackson.databind.JsonNode first = people.get(0);
        for (String key : List.of("id", "name", "url", "jurisdiction", "appointments")) {
            assertTrue(first.has(key), key);
        }
        assertTrue(Files.exists(site.resolve(first.get("url").asText())), "the url is relative to the site root");
        com.fasterxml.jackson.databind.JsonNode appointments = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("data/appointments.json").toFile());
        assertEquals(74, appointments.size());
        List<String> csv = Files.readAllLines(site.resolve("data/appointments.csv"));
        assertTrue(csv.get(0).startsWith("\uFEFFsigned,doc_number,jurisdiction,person"), csv.get(0));
        assertEquals(75, csv.size());
    }

    @Test
    void theSameInputGivesByteIdenticalOutput() throws IOException {
        Path again = tmp.resolve("again");
        assertEquals(0, Cli.run("build", "--as-of", AS_OF, "--out", again.toString()).exit());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(site.relativize(f))), f.toString());
            }
        }
    }

    @Test
    void contentIsEscapedAndABrokenBuildLeavesTheOldSite(@TempDir Path dir) throws IOException {
        Path gazette = Files.createDirectories(dir.resolve("content/gazettes/test-city/2023"));
        Files.writeString(gazette.resolve("../gazette.yaml"), "name: 测试<script>alert(1)</script>公报\nkind: documents\n");
        Files.writeString(gazette.resolve("batch.txt"), """
                测试市人民政府关于<script>alert("x")</script>的通知
                测政发〔2023〕1号
                各区人民政府：
                <img src=x onerror=alert(1)>内容。
                测试市人民政府
                2023年1月1日
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("site");
        Cli ok = Cli.run("build", "--content", dir.resolve("content").toString(), "--out", out.toString());
        assertEquals(0, ok.exit(), ok.err());
        String html = Files.readString(out.resolve("documents/测政发-2023-1.html"));
        assertFalse(html.contains("<script>alert"), "title escaped");
        assertFalse(html.contains("<img"), "body text escaped");
        assertTrue(html.contains("&lt;script&gt;alert("), html);

        Path brokenTemplates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(brokenTemplates.resolve("index.ftlh"), "${no.such.value}");
        Cli broken = Cli.run("build", "--content", dir.resolve("content").toString(), "--templates",
                brokenTemplates.toString(), "--out", out.toString());
        assertEquals(1, broken.exit());
        assertTrue(Files.exists(out.resolve("documents/测政发-2023-1.html")), "the previous site is untouched");
    }

    /**
     * A broken link of the site's own (here a template's; in the wild a fault of gazette's) keeps the
     * site from being published, unless the publisher asks to publish it all the same.
     */
    @Test
    void aSiteWithABrokenLinkOfItsOwnIsPublishedOnlyWhenAskedTo(@TempDir Path dir) throws IOException {
        Path templates = IncrementalBuildTest.copy(Path.of("templates"), dir.resolve("templates"));
        Files.writeString(templates.resolve("index.ftlh"), Files.readString(templates.resolve("index.ftlh"))
                + "<a href=\"documents/没有.html\">没有</a>\n");
        Path out = dir.resolve("site");
        Cli kept = Cli.run("build", "--templates", templates.toString(), "--out", out.toString());
        assertEquals(1, kept.exit(), kept.err());
        assertTrue(kept.err().contains("broken link: index.html: documents/没有.html (no such file in the site)"), kept.err());
        assertTrue(kept.err().contains("not published: 1 broken link; " + out + " is unchanged (--publish-broken-links publishes it all the same)"),
                kept.err());
        assertFalse(Files.exists(out.resolve("index.html")), "nothing published");

        Cli published = Cli.run("build", "--templates", templates.toString(), "--out", out.toString(), "--publish-broken-links");
        assertEquals(0, published.exit(), published.err());
        assertTrue(published.err().contains("index.html:0: error [broken-link-published] the link to documents/没有.html leads "
                + "nowhere (no such file in the site); published as --publish-broken-links asked"), published.err());
        assertTrue(published.out().contains("1 error, 0 warnings"), published.out());
        assertTrue(Files.readString(out.resolve("index.html")).contains("documents/没有.html"), "published as it is");
    }

    @Test
    void aMistypedContentFolderLeavesTheSiteAsItIs(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        assertEquals(0, Cli.run("build", "--out", out.toString()).exit());
        Map<String, byte[]> before = IncrementalBuildTest.files(out);
        for (Path content : List.of(dir.resolve("contnet"), Files.createDirectories(dir.resolve("empty")))) {
            for (String command : List.of("build", "serve")) {
                Cli wrong = Cli.run(command, "--content", content.toString(), "--out", out.toString());
                assertEquals(2, wrong.exit(), command + " " + content);
                assertTrue(wrong.err().startsWith("no gazettes/ folder in " + content + ": nothing to build from (a wrong --content?); "
                        + out + " is left as it is"), wrong.err());
            }
        }
        Map<String, byte[]> after = IncrementalBuildTest.files(out);
        assertEquals(before.keySet(), after.keySet(), "not replaced by an empty archive");
        for (String path : before.keySet()) assertArrayEquals(before.get(path), after.get(path), path);
    }

    @Test
    void outputFoldersThatCannotBeReplacedAreRefusedAndNothingIsMadeBesideThem(@TempDir Path dir) throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), dir.resolve("content"));
        Path inside = content.resolve("gazettes/site");
        Cli within = Cli.run("build", "--content", content.toString(), "--out", inside.toString());
        assertEquals(2, within.exit());
        assertTrue(within.err().startsWith("the output folder " + inside + " and the input folder " + content
                + " must not hold one another"), within.err());
        Cli holding = Cli.run("build", "--content", content.toString(), "--out", dir.toString());
        assertEquals(2, holding.exit(), "a site folder holding the content: a clean build's swap would delete it");
        Cli root = Cli.run("build", "--content", content.toString(), "--out", "/");
        assertEquals(2, root.exit());
        assertEquals("the output folder cannot be a file system's root: /", root.err().lines().findFirst().orElseThrow());

        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.docx"), "years of work");
        Cli foreign = Cli.run("build", "--content", content.toString(), "--out", thesis.toString());
        assertEquals(1, foreign.exit());
        assertTrue(foreign.err().contains("not built by gazette"), foreign.err());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Cli file = Cli.run("build", "--content", content.toString(), "--out", notes.toString());
        assertEquals(1, file.exit());
        assertTrue(file.err().contains(notes + " is a file, not a folder"), file.err());
        assertEquals("my notes", Files.readString(notes));
        try (Stream<Path> made = Files.list(dir)) {
            assertEquals(List.of("content", "notes.txt", "thesis"), made.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no lock, cache or staging folder left beside any of them");
        }
        try (Stream<Path> made = Files.walk(content)) {
            assertEquals(List.of(), made.filter(p -> p.getFileName().toString().startsWith(".site")).toList());
        }
    }

    @Test
    void aDamagedManifestIsSaidAsAProblemOfTheOutputFolderNotOfTheContent(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        assertEquals(0, Cli.run("build", "--out", out.toString()).exit());
        Files.writeString(out.resolve(".gazette-manifest"), "an editor's note\n", StandardOpenOption.APPEND);
        Cli damaged = Cli.run("build", "--out", out.toString());
        assertEquals(0, damaged.exit(), damaged.err());
        assertTrue(damaged.err().contains("warning [manifest-damaged]"), damaged.err());
        assertTrue(damaged.out().contains("0 errors, 0 warnings (see " + out.resolve("data-quality.html")
                + "), 1 problem of the output folder (above), "), "the data-quality page has the content's warnings only: " + damaged.out());
        Cli again = Cli.run("build", "--out", out.toString());
        assertFalse(again.out().contains("output folder"), again.out());
    }

    @Test
    void theSiteDoesNotDependOnWhereTheContentFolderIs(@TempDir Path dir) throws IOException {
        // The same content elsewhere, named by an absolute path outside the working folder: the same
        // site, with no trace of where it was (a path from the working folder had put the publisher's
        // folders into data files, pages and page names, and a build from elsewhere rewrote them all).
        Path elsewhere = IncrementalBuildTest.copy(Path.of("content"), dir.resolve("archive/content"));
        Path out = dir.resolve("site");
        Cli built = Cli.run("build", "--as-of", AS_OF, "--content", elsewhere.toString(), "--out", out.toString());
        assertEquals(0, built.exit(), built.err());
        Map<String, byte[]> there = IncrementalBuildTest.files(out);
        there.remove(".gazette-manifest");
        Map<String, byte[]> here = IncrementalBuildTest.files(site);
        here.remove(".gazette-manifest");
        assertEquals(here.keySet(), there.keySet());
        for (String path : here.keySet()) assertArrayEquals(here.get(path), there.get(path), path);
        String where = dir.toString();
        for (Map.Entry<String, byte[]> f : there.entrySet()) {
            assertFalse(new String(f.getValue(), StandardCharsets.UTF_8).contains(where), f.getKey() + " names " + where);
        }
        Cli again = Cli.run("build", "--as-of", AS_OF, "--content", "content", "--out", out.toString());
        assertTrue(again.out().contains("(0 written, "), "the same site from the working folder: " + again.out());
    }

    @Test
    void theSiteIsTheSameWhateverTheMachinesLocale(@TempDir Path dir) throws IOException {
        // Egyptian Arabic writes numbers in its own digits (٢٩): FreeMarker formats counts in the JVM's locale unless told.
        Locale before = Locale.getDefault();
        Path out = dir.resolve("site");
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(0, Cli.run("build", "--as-of", AS_OF, "--out", out.toString()).exit());
        } finally {
            Locale.setDefault(before);
        }
        Map<String, byte[]> here = IncrementalBuildTest.files(site);
        Map<String, byte[]> there = IncrementalBuildTest.files(out);
        for (String path : here.keySet()) {
            if (!path.equals(".gazette-manifest")) assertArrayEquals(here.get(path), there.get(path), path);
        }
        String appearance = page("documents/蓝政人-2022-7.html").select("span.source").text();
        assertTrue(appearance.matches(".*2022-12-documents\\.txt:\\d{4}.*"), "a line number as a file's line, not a count (7,934): " + appearance);
    }

    @Test
    void aSourceThatCannotBeReadIsAnErrorAndTheRestBuilds(@TempDir Path dir) throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), dir.resolve("content"));
        Path gone = content.resolve("gazettes/hunan-province/2024/2024-15.txt");
        Files.createSymbolicLink(gone, dir.resolve("nowhere.txt")); // the texts moved, the link left behind
        Cli built = Cli.run("build", "--content", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, built.exit(), "the whole build had failed: " + built.err());
        assertTrue(built.err().contains("content/gazettes/hunan-province/2024/2024-15.txt:0: error [read-failed] cannot read file: it is a link to "
                + dir.resolve("nowhere.txt") + ", which is not there"), built.err());
        assertTrue(built.out().contains("29 documents"), built.out());
    }

    /** The sample built with lines added to its editor's page {@code about.md}; the number of that page's last line. */
    private record EditedAbout(Cli built, int lastLine, Path content, Path out) {
    }

    private static EditedAbout buildWithAbout(Path dir, String added) throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), dir.resolve("content"));
        Path about = content.resolve("pages/about.md");
        Files.writeString(about, Files.readString(about) + added);
        Path out = dir.resolve("site");
        Cli built = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        return new EditedAbout(built, (int) Files.readString(about).lines().count(), content, out);
    }

    @Test
    void anEditorsLinkToNoPageIsAnErrorAtItsLineAndTheSiteIsPublished(@TempDir Path dir) throws IOException {
        EditedAbout edited = buildWithAbout(dir, "\n见[湘政发〔2024〕99号](../documents/湘政发-2024-99.html)。\n"
                + "\n[文件目录](../data/documnets.json)\n");
        Cli built = edited.built();
        int line = edited.lastLine();
        Path out = edited.out();
        assertEquals(0, built.exit(), "a mistyped link had kept the whole site from being published: " + built.err());
        assertTrue(built.err().contains("content/pages/about.md:" + (line - 2) + ": error [broken-link] the link to ../documents/湘政发-2024-99.html"),
                built.err());
        // A file that is not a page too (it had stopped the build at the link check of the whole site).
        assertTrue(built.err().contains("content/pages/about.md:" + line + ": error [broken-link] the link to ../data/documnets.json"),
                built.err());
        assertTrue(built.out().contains("2 errors, 0 warnings"), built.out());
        Document page = Jsoup.parse(out.resolve("pages/about.html").toFile(), "UTF-8");
        assertTrue(page.text().contains("见湘政发〔2024〕99号。"), "the text stays");
        assertTrue(page.select("a[href*=2024-99]").isEmpty(), "without the link");
        assertTrue(page.select("a[href*=documnets]").isEmpty() && page.text().contains("文件目录"));
        assertEquals(1, page.select("a[href=../data/documents.json]").size(), "the data file the page names rightly is linked");
        assertTrue(Jsoup.parse(out.resolve("data-quality.html").toFile(), "UTF-8").text().contains("content/pages/about.md"),
                "on the data-quality page");
    }

    /**
     * An anchor is known once its page is rendered: a mistyped one is an error at its line, found by
     * rendering the page it leads to before the rest (so that the data-quality pages show it), or
     * else by the site's link check.
     */
    @Test
    void anEditorsLinkToNoAnchorIsAnErrorAtItsLineAndTheSiteIsPublished(@TempDir Path dir) throws IOException {
        EditedAbout edited = buildWithAbout(dir, "\n见[第九十九条](../documents/湘政发-2024-9.html#第九十九条)。\n"
                + "\n见[其一](../documents/湘政发-2024-9.html#一)、[附件](../documents/湘政发-2024-9.html#附件)。\n"
                + "\n[问题](../data-quality.html#不存在)\n"
                + "\n[回到开头](#没有)\n");
        Cli built = edited.built();
        int line = edited.lastLine();
        Path out = edited.out();
        assertEquals(0, built.exit(), "a mistyped anchor had kept the whole site from being published: " + built.err());
        assertTrue(built.err().contains("content/pages/about.md:" + (line - 6) + ": error [broken-anchor] the link to "
                + "../documents/湘政发-2024-9.html#第九十九条 leads to an anchor its page does not have"), built.err());
        assertTrue(built.err().contains("content/pages/about.md:" + (line - 2) + ": error [broken-anchor] the link to "
                + "../data-quality.html#不存在"), "an anchor of a data-quality page, found by the site's link check: " + built.err());
        assertTrue(built.err().contains("content/pages/about.md:" + line + ": error [broken-anchor] the link to #没有"), built.err());
        assertTrue(built.out().contains("3 errors, 0 warnings"), "each told once, the anchors the page has not at all: " + built.out());
        assertTrue(Files.readString(out.resolve("pages/about.html")).contains("湘政发-2024-9.html#第九十九条"), "published as written");
        String quality = Jsoup.parse(out.resolve("data-quality/content-pages-about-md.html").toFile(), "UTF-8").text();
        assertTrue(quality.contains("湘政发-2024-9.html#第九十九条") && quality.contains("#没有"), "on the data-quality page: " + quality);

        Cli again = Cli.run("build", "--content", edited.content().toString(), "--out", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("error [broken-anchor] the link to #没有"), "said again while the page is kept: " + again.err());
        assertTrue(again.out().contains("(0 written"), again.out());
    }

    @Test
    void aSiteFolderThatIsALinkIsBuiltWhereItLeadsAndStaysALink(@TempDir Path dir) throws IOException {
        Path served = dir.resolve("www/gazette");
        assertEquals(0, Cli.run("build", "--as-of", AS_OF, "--out", served.toString()).exit());
        Path link = Files.createSymbolicLink(dir.resolve("site"), served);
        Files.delete(served.resolve("index.html"));
        Cli clean = Cli.run("build", "--as-of", AS_OF, "--clean", "--out", link.toString());
        assertEquals(0, clean.exit(), clean.err());
        assertTrue(Files.isSymbolicLink(link), "not replaced by a folder of its own");
        assertTrue(Files.isRegularFile(served.resolve("index.html")), "what the link leads to is the site built");
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of("site", "www"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the cache and the lock are beside the folder the link leads to");
        }
        Cli again = Cli.run("build", "--as-of", AS_OF, "--out", link.toString());
        assertTrue(again.out().contains("(0 written, "), again.out());
    }

    @Test
    void twoDocumentsUnderOneNumberAreAWarningAReprintANote(@TempDir Path dir) throws IOException {
        Path gazette = Files.createDirectories(dir.resolve("content/gazettes/test-city/2023"));
        Files.writeString(gazette.resolve("../gazette.yaml"), "name: 测试市人民政府公报\nkind: documents\n");
        Files.writeString(gazette.resolve("a.txt"), """
                测试市人民政府关于加强城市道路管理的通知
                测政发〔2023〕1号
                各区人民政府：
                为加强城市道路管理，现将有关事项通知如下。
                测试市人民政府
                2023年1月1日
                """, StandardCharsets.UTF_8);
        Files.writeString(gazette.resolve("b.txt"), """
                测试市人民政府关于做好春季农业生产工作的通知
                测政发〔2023〕1号
                各区人民政府：
                为做好春季农业生产工作，现将有关事项通知如下。
                测试市人民政府
                2023年2月1日
                """, StandardCharsets.UTF_8);
        Cli two = Cli.run("build", "--content", dir.resolve("content").toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, two.exit(), two.err());
        assertTrue(two.err().contains("b.txt:1: warning [same-number-other-title] the same number as 「测试市人民政府关于加强城市道路管理的通知」"),
                two.err());
        assertTrue(two.out().contains("0 errors, 1 warning (see"), two.out());

        Cli sample = Cli.run("build", "--out", dir.resolve("sample").toString());
        assertFalse(sample.err().contains("same-number-other-title"), "the sample's reprint, its issuers before its title, is one document: "
                + sample.err());
    }

    @Test
    void anOrganisationWithAllItsNamesInBracketsStillHasItsPages(@TempDir Path dir) throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), dir.resolve("content"));
        Path notice = content.resolve("gazettes/yongzhou-city/2022/2022-07-08.txt");
        String names = "市政府发展研究中心（市承接产业转移服务中心、市区域经济合作促进中心、市开放型经济发展服务中心、"
                + "市招商引资项目管理服务中心、市对外经济技术合作事务中心、市重点项目建设推进服务中心）";
        String text = Files.readString(notice);
        assertTrue(text.contains("免去其市政府发展研究中心(市承接产业转移服务中心)主任职务"));
        Files.writeString(notice, text.replace("市政府发展研究中心(市承接产业转移服务中心)", names));
        Path site = dir.resolve("site");
        Cli built = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, built.exit(), "a post's name was longer than a file's may be: " + built.err());
        try (Stream<Path> posts = Files.list(site.resolve("posts"))) {
            List<String> long_ = posts.map(p -> p.getFileName().toString()).filter(n -> n.contains("市重点项目")
                    || n.startsWith("永州市政府发展研究中心-市承接产业转移服务中心-市区域")).toList();
            assertEquals(1, long_.size(), long_.toString());
            assertTrue(long_.get(0).getBytes(StandardCharsets.UTF_8).length <= 160, long_.get(0));
        }
    }
}
