package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curated content end to end: Markdown pages, sidecar corrections, status overrides, problems reported. */
class CurationBuildTest {

    @Test
    void pagesAndSidecarsAreAppliedShownAndSanitised(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path year = Files.createDirectories(content.resolve("gazettes/test-city/2023"));
        Files.writeString(year.resolve("../gazette.yaml"), "name: 测试市人民政府公报\nkind: documents\n");
        Files.writeString(year.resolve("batch.txt"), """
                测试市人民政府关于加强管理的通知
                测政发〔2023〕1号
                各区人民政府：
                一、加强管理，按照《测试市管理办法》执行。
                二、本通知自印发之日起施行，有效期5年。
                测试市人民政府
                2023年1月1日
                """);
        Files.writeString(year.resolve("batch.md"), """
                ---
                documents:
                  - doc: 测政发〔2023〕1号
                    set: {signed: 2023-01-02, title: 测试市人民政府关于加强城市管理的通知}
                    text:
                      - {line: 4, from: 加强管理，, to: 加强城市管理，}
                    reason: 核对纸质原件
                    status: repealed
                    status_reason: 已被新文件替代
                  - doc: 测政发〔2023〕99号
                    note: 不存在的文件
                ---
                本批文件由编者从纸质原件录入。<script>alert(1)</script>
                """);
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/help.md"), """
                ---
                title: 使用帮助
                menu: 1
                ---
                # 如何查找

                见[首页](../index.html)。<span onclick="alert(1)">点</span> <a href="javascript:alert(1)">x</a>
                """);
        Path site = dir.resolve("site");
        Cli r = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--as-of", "2024-01-01");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("curation-no-match"), "the entry that matches nothing is reported: " + r.err());

        Document doc = Jsoup.parse(site.resolve("documents/测政发-2023-1.html").toFile(), "UTF-8");
        assertEquals("测试市人民政府关于加强城市管理的通知", doc.selectFirst("h1").text());
        assertTrue(doc.text().contains("一、 加强城市管理，按照") || doc.text().contains("加强城市管理，按照"), doc.text());
        String notes = doc.select("aside.editor-notes").text();
        assertTrue(notes.contains("编者更正成文日期：「2023-01-01」→「2023-01-02」（核对纸质原件）"), notes);
        assertTrue(notes.contains("编者更正正文"), notes);
        assertTrue(doc.select(".status").text().contains("已废止"));
        assertTrue(doc.select(".reason").text().contains("编者认定：已被新文件替代"));

        Document issue = Jsoup.parse(site.resolve("gazettes/test-city/batch.html").toFile(), "UTF-8");
        assertTrue(issue.select("aside.editor-notes").text().contains("本批文件由编者从纸质原件录入。"));
        assertTrue(issue.select("aside.editor-notes script").isEmpty(), "sanitised");

        String help = Files.readString(site.resolve("pages/help.html"));
        assertTrue(help.contains("<h1>如何查找</h1>") || help.contains("如何查找</h1>"), help);
        assertFalse(help.contains("onclick"), help);
        assertFalse(help.contains("javascript:"), help);
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("pages/help.html", home.select("header nav a:contains(使用帮助)").attr("href"));

        // The data-quality overview counts the problem by code and by file, and links to the file's own page.
        Document quality = Jsoup.parse(site.resolve("data-quality.html").toFile(), "UTF-8");
        assertEquals("1", quality.select("tr:has(code:containsOwn(curation-no-match)) td").last().text(), quality.text());
        var row = quality.select("tr:has(a:containsOwn(batch.md))");
        assertEquals(1, row.size(), quality.text());
        assertEquals(java.util.List.of("1", "0"), row.select("td").stream().skip(2).map(e -> e.text()).toList(),
                "one warning, no note: " + row.text());
        String href = row.select("a").attr("href");
        assertTrue(href.startsWith("data-quality/") && href.endsWith("batch-md.html"), href);
        Document file = Jsoup.parse(site.resolve(href).toFile(), "UTF-8");
        assertTrue(file.selectFirst("h1").text().endsWith("batch.md"), file.selectFirst("h1").text());
        var problem = file.select("tr:has(code:containsOwn(curation-no-match))");
        assertEquals(1, problem.size(), file.text());
        assertTrue(problem.text().contains("测政发〔2023〕99号"), problem.text());
        assertEquals("../data-quality.html", file.select("nav.crumbs a:containsOwn(数据质量)").attr("href"));
    }
}
