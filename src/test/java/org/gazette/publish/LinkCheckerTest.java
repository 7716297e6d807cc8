package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    private static final Map<String, String> PAGES = Map.of(
            "index.html", "<a href=\"documents/a.html#art-2\">a</a> <a href=\"https://www.gov.cn/\">gov</a>",
            "documents/a.html", "<h1 id=\"top\">A</h1><p id=\"art-2\">…</p><a href=\"../index.html\">home</a>",
            "style.css", "p {}");

    private static LinkChecker.Pages pages(Map<String, String> pages) {
        return path -> Optional.ofNullable(pages.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    private static void addAll(LinkChecker links, Map<String, String> pages) {
        pages.forEach((path, html) -> links.add(path, html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsBrokenFilesAndAnchorsAndExplainsThem() throws IOException {
        LinkChecker links = new LinkChecker();
        addAll(links, PAGES);
        assertEquals(List.of(), links.check(pages(PAGES)));

        Map<String, String> broken = new java.util.HashMap<>(PAGES);
        broken.put("documents/a.html", "<h1 id=\"top\">A</h1><a href=\"../missing.html\">x</a> <a href=\"/abs.html\">y</a>");
        LinkChecker again = new LinkChecker();
        addAll(again, broken);
        assertEquals(List.of(
                new LinkChecker.BrokenLink("documents/a.html", "../missing.html", "no such file in the site"),
                new LinkChecker.BrokenLink("documents/a.html", "/abs.html", "absolute path"),
                new LinkChecker.BrokenLink("index.html", "documents/a.html#art-2", "no such anchor on documents/a.html")),
                again.check(pages(broken)));
    }

    @Test
    void aPlusInALinkIsAPlusAndAStrayPercentIsNoEscape() throws IOException {
        Map<String, String> site = Map.of(
                "index.html", "<a href=\"files/a+b.pdf\">a</a> <a href=\"100%zz.html\">b</a>",
                "files/a+b.pdf", "%PDF");
        LinkChecker links = new LinkChecker();
        addAll(links, site);
        assertEquals(List.of(new LinkChecker.BrokenLink("index.html", "100%zz.html", "no such file in the site")),
                links.check(pages(site)), "a+b.pdf found (it was looked for as 'a b.pdf'), 100%zz.html said broken (it had stopped the check)");
    }

    @Test
    void aLinkToAFileOtherThanAPageNeedsTheFileAndNoFragment() throws IOException {
        Map<String, String> site = Map.of(
                "index.html", "<link href=\"style.css\"><a href=\"data/all.csv\">csv</a> <a href=\"style.css#p\">x</a>"
                        + " <a href=\"data/gone.json\">y</a>",
                "style.css", "p {}",
                "data/all.csv", "a,b");
        LinkChecker links = new LinkChecker();
        addAll(links, site);
        assertEquals(List.of(
                new LinkChecker.BrokenLink("index.html", "style.css#p", "no such anchor on style.css"),
                new LinkChecker.BrokenLink("index.html", "data/gone.json", "no such file in the site")),
                links.check(pages(site)));
    }

    @Test
    void aRememberedPageIsCheckedWithoutBeingRead(@TempDir Path tmp) throws IOException {
        Path memory = tmp.resolve("cache/links");
        LinkChecker first = new LinkChecker();
        addAll(first, PAGES);
        Map<String, String> madeFrom = new java.util.HashMap<>();
        PAGES.keySet().forEach(path -> madeFrom.put(path, "inputs of " + path));
        first.remember(memory, madeFrom);

        LinkChecker next = new LinkChecker(memory);
        assertFalse(next.addUnchanged("index.html", "other inputs"), "made from other inputs: read again");
        assertTrue(next.addUnchanged("index.html", "inputs of index.html"));
        // The page it links to is gone: the remembered links still find that out.
        Map<String, String> read = Map.of("index.html", PAGES.get("index.html"));
        assertEquals(List.of(new LinkChecker.BrokenLink("index.html", "documents/a.html#art-2", "no such file in the site")),
                next.check(pages(read)));
        assertTrue(new LinkChecker(memory).addUnchanged("documents/a.html", "inputs of documents/a.html"));
        // Other files have no links to remember: any of them is taken as it is, without being read.
        LinkChecker other = new LinkChecker(memory);
        assertTrue(other.addUnchanged("search/meta.js", "inputs of search/meta.js"));
        other.add("search.html", "<script src=\"search/meta.js\"></script><a href=\"search/gone.js\">x</a>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("search/gone.js"), other.check(pages(Map.of("search.html",
                "<script src=\"search/meta.js\"></script><a href=\"search/gone.js\">x</a>"))).stream().map(LinkChecker.BrokenLink::href).toList(),
                "the kept file is a target; a missing one is not");
    }

    @Test
    void aDamagedMemoryIsForgotten(@TempDir Path tmp) throws IOException {
        Path memory = tmp.resolve("links");
        Files.write(memory, new byte[] {0, 15, 'g', 'a', 'z', 'e', 't', 't', 'e', '-', 'l', 'i', 'n', 'k', 's', ' ', '1', 0, 0, 0, 9});
        assertFalse(new LinkChecker(memory).addUnchanged("index.html", "inputs of index.html"));
    }
}
