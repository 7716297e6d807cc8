package org.gazette.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.model.Diagnostic;

class CuratedPageReaderTest {

    private static final String PAGE = "---\ntitle: 关于本档案\nmenu: 1\n---\n本档案收录**湖南省**政府公报。\n";

    @Test
    void pagesSavedInGbkOrWithAByteOrderMarkAreReadAndABadOneIsReportedAtItsLine(@TempDir Path content) throws IOException {
        Path pages = Files.createDirectories(content.resolve(CuratedPageReader.FOLDER));
        Files.write(pages.resolve("about.md"), PAGE.getBytes(Charset.forName("GBK")));
        Files.write(pages.resolve("bom.md"), ("\uFEFF" + PAGE.replace("关于本档案", "使用说明")).getBytes(StandardCharsets.UTF_8));
        Files.write(pages.resolve("broken.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xFF, '\n', '-', '-', '-', '\n'});

        CuratedPageReader.Result r = new CuratedPageReader().read(content, p -> p.getFileName().toString());

        assertEquals(List.of("about", "bom"), r.pages().stream().map(CuratedPage::slug).toList(), "the bad page left out, the others read");
        assertEquals(List.of("关于本档案", "使用说明"), r.pages().stream().map(CuratedPage::title).toList(), "front matter found in both");
        assertTrue(r.pages().get(0).html().contains("<strong>湖南省</strong>"), r.pages().get(0).html());
        assertEquals(List.of("about.md:0 encoding-detected", "broken.md:2 page-unreadable"),
                r.diagnostics().stream().map(d -> d.file() + ":" + d.line() + " " + d.code()).toList());
        Diagnostic bad = r.diagnostics().get(1);
        assertTrue(bad.message().contains("not valid UTF-8 (line 2, byte 0xFF)"), bad.message());
    }

    @Test
    void macOsMetadataBesideAPageIsNotAPage(@TempDir Path content) throws IOException {
        Path pages = Files.createDirectories(content.resolve(CuratedPageReader.FOLDER));
        Files.writeString(pages.resolve("about.md"), PAGE);
        Files.write(pages.resolve("._about.md"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'});
        CuratedPageReader.Result r = new CuratedPageReader().read(content, p -> p.getFileName().toString());
        assertEquals(List.of("about"), r.pages().stream().map(CuratedPage::slug).toList());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void aPagesLinksAreKeptWithTheLinesTheyAreWrittenOn(@TempDir Path content) throws IOException {
        Path pages = Files.createDirectories(content.resolve(CuratedPageReader.FOLDER));
        Files.writeString(pages.resolve("about.md"), PAGE + "\n见[9号](../documents/湘政发-2024-9.html)。\n\n[数据][data]\n\n[data]: ../data/documents.json\n");
        CuratedPage page = new CuratedPageReader().read(content, p -> p.getFileName().toString()).pages().get(0);
        assertEquals(List.of(new CuratedPage.Link("../documents/湘政发-2024-9.html", 7), new CuratedPage.Link("../data/documents.json", 11)),
                page.links(), "a reference link at the line of its target");
    }

    @Test
    void aLinkWithAPercentThatBeginsNoEscapeIsKeptAtItsLine(@TempDir Path content) throws IOException {
        Path pages = Files.createDirectories(content.resolve(CuratedPageReader.FOLDER));
        Files.writeString(pages.resolve("about.md"), PAGE + "\n见[百分比](100%zz.html)。\n");
        CuratedPage page = new CuratedPageReader().read(content, p -> p.getFileName().toString()).pages().get(0);
        assertEquals(List.of(new CuratedPage.Link("100%zz.html", 7)), page.links(), "it had stopped the build");
    }

    @Test
    void aKeyNotKnownAMenuThatIsNoNumberAndControlCharactersAreToldAtTheirLines(@TempDir Path content) throws IOException {
        Path pages = Files.createDirectories(content.resolve(CuratedPageReader.FOLDER));
        Files.writeString(pages.resolve("about.md"), "---\ntitle: 关于\u001b[31m本档案\nmenu: first\ndate: 2024-01-01\n---\n本档案\u0007收录\n");
        CuratedPageReader.Result r = new CuratedPageReader().read(content, p -> p.getFileName().toString());
        assertEquals(List.of(
                "about.md:2: warning [control-character] line has control characters (not text; read as spaces)",
                "about.md:6: warning [control-character] line has control characters (not text; read as spaces)",
                "about.md:4: warning [page-front-matter-key] unknown key 'date' (known here: menu, slug, title): what it says is not applied",
                "about.md:3: error [page-front-matter] menu: a whole number, not 'first'"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
        CuratedPage page = r.pages().get(0);
        assertEquals("关于 [31m本档案", page.title(), "the escape read as a space: no control character reaches a page");
        assertEquals(null, page.menu(), "in no menu, but published");
        assertTrue(page.html().contains("本档案 收录"), page.html());
    }

    @Test
    void aLinkIsAtTheLineThatWritesItsTargetNotOneThatHoldsItInAnother(@TempDir Path content) throws IOException {
        Path pages = Files.createDirectories(content.resolve(CuratedPageReader.FOLDER));
        Files.writeString(pages.resolve("about.md"), PAGE + "\n[问题](../data-quality.html#没有)\n\n[回到开头](#没有)\n"
                + "\n[文件](<../documents/湘政发-2024-9.html>)，又见[同一文件](../documents/湘政发-2024-9.html)\n"
                + "\n再见[同一文件](../documents/湘政发-2024-9.html)\n");
        CuratedPage page = new CuratedPageReader().read(content, p -> p.getFileName().toString()).pages().get(0);
        assertEquals(List.of(new CuratedPage.Link("../data-quality.html#没有", 7),
                        new CuratedPage.Link("#没有", 9),
                        new CuratedPage.Link("../documents/湘政发-2024-9.html", 11),
                        new CuratedPage.Link("../documents/湘政发-2024-9.html", 11),
                        new CuratedPage.Link("../documents/湘政发-2024-9.html", 13)),
                page.links(), "#没有 is not the line of ../data-quality.html#没有; the third link to one target at the line of the third");
    }
}
