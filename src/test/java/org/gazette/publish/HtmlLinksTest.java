package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag scanner that feeds the link check reads what jsoup reads. */
class HtmlLinksTest {

    @Test
    void readsTheSameIdsAndLinksAsJsoupOnEveryPageOfTheSampleSite(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(0, org.gazette.cli.GazetteCommand.commandLine().execute("build", "--out", site.toString()));
        int pages = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                Document doc = Jsoup.parse(html);
                HtmlLinks scanned = HtmlLinks.of(Files.readAllBytes(p));
                assertEquals(doc.select("[id]").eachAttr("id"), scanned.ids(), p.toString());
                assertEquals(doc.select("a[href], link[href], script[src], img[src]").stream()
                        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList(), scanned.links(), p.toString());
                pages++;
            }
        }
        assertTrue(pages > 300, pages + " pages");
    }

    @Test
    void skipsCommentsScriptsAndTextAndDecodesEntities() {
        HtmlLinks links = HtmlLinks.of("""
                <!doctype html><html><head><script>var s = '<a href="no.html">';</script>
                <style>a[id="no"] {}</style><link rel=stylesheet href=style.css></head>
                <body id='top'><!-- <a href="commented.html"> --><p>1 < 2 and id="text"</p>
                <a class="x" href="a.html?x=1&amp;y=2#s%C3%A9">a</a><IMG SRC="i.png" alt='<a href="alt.html">'>
                <a>no href</a><script src="s.js"></script></body></html>
                """);
        assertEquals(List.of("top"), links.ids());
        assertEquals(List.of("style.css", "a.html?x=1&y=2#s%C3%A9", "i.png", "s.js"), links.links());
    }

    @Test
    void readsNamesInAnyCaseAndValuesInAnyScript() {
        HtmlLinks links = HtmlLinks.of("""
                <SCRIPTS ID="s1"></SCRIPTS><A HREF="documents/湘政发-2024-9.html#第三条">湘政发〔2024〕9号</A>
                <section Id=甲><abbr href="not-a-link.html" hreflang="zh">x</abbr><Link Href='a.css'>
                <script>document.write("<a id='inside'>")</SCRIPT><a id="after" href=b.html>b</a>
                """);
        assertEquals(List.of("s1", "甲", "after"), links.ids());
        assertEquals(List.of("documents/湘政发-2024-9.html#第三条", "a.css", "b.html"), links.links());
    }
}
