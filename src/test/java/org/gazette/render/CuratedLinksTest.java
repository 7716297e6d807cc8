package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gazette.curate.CuratedPage;

class CuratedLinksTest {

    private static final String ABOUT = "pages/about.html";
    private static final List<String> FOLDERS_NAMED_LATER = List.of("search/", "sitemaps/");

    @Test
    void aLinkLeadsToThePageItNamesFromTheEditorsPage() {
        assertEquals("documents/湘政发-2024-9.html", CuratedLinks.target(ABOUT, "../documents/湘政发-2024-9.html"));
        assertEquals("documents/湘政发-2024-9.html", CuratedLinks.target(ABOUT,
                "../documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-9.html#art-3"), "encoded, with an anchor");
        assertEquals("pages/help.html", CuratedLinks.target(ABOUT, "help.html"));
        assertEquals("pages/help.html", CuratedLinks.target(ABOUT, "./help.html?x=1"));
        assertEquals("gazettes/hunan-province/index.html", CuratedLinks.target(ABOUT, "../gazettes/hunan-province/"));
        assertEquals("../elsewhere.html", CuratedLinks.target(ABOUT, "../../elsewhere.html"), "out of the site: no page has it");
        assertEquals("../documents/a.html", CuratedLinks.target(ABOUT, "/documents/a.html"), "from the host's root: not from disk");
    }

    @Test
    void aLinkToAFileThatIsNotAPageLeadsToItToo() {
        assertEquals("data/documents.json", CuratedLinks.target(ABOUT, "../data/documents.json"));
        assertEquals("gazettes/hunan-province/feed.xml", CuratedLinks.target(ABOUT, "../gazettes/hunan-province/feed.xml"));
    }

    @Test
    void linksToOtherSitesAnchorsAndFilesNamedAsTheSiteIsMadeAreLeftToTheWholeSitesCheck() {
        for (String href : List.of("https://www.gov.cn/", "mailto:editor@example.org", "//cdn.example.org/x.html", "#top", "")) {
            assertNull(CuratedLinks.target(ABOUT, href), href);
        }
        List<String> namedLater = List.of("../search/meta.js", "../sitemaps/documents.xml");
        CuratedPage page = new CuratedPage("about", "关于", null, "<p><a href=\"../search/meta.js\">索引</a></p>",
                "content/pages/about.md", namedLater.stream().map(h -> new CuratedPage.Link(h, 2)).toList());
        CuratedLinks.Checked checked = CuratedLinks.check(List.of(page), Set.of("pages/about.html"), FOLDERS_NAMED_LATER);
        assertSame(page, checked.pages().get(0));
        assertEquals(List.of(), checked.problems());
    }

    @Test
    void aBrokenLinkIsAnErrorAtItsLineAndItsTextStaysWithoutIt() {
        CuratedPage page = new CuratedPage("about", "关于", null,
                "<p>见<a href=\"../documents/湘政发-2024-99.html\">湘政发〔2024〕99号</a>和<a href=\"../documents/湘政发-2024-9.html\">9号</a>。</p>",
                "content/pages/about.md", List.of(new CuratedPage.Link("../documents/湘政发-2024-99.html", 12),
                        new CuratedPage.Link("../documents/湘政发-2024-9.html", 13)));
        CuratedPage empty = new CuratedPage("empty", "空", null, "<p><a href=\"\">空链接</a></p>", "content/pages/empty.md",
                List.of(new CuratedPage.Link("", 4)));
        CuratedLinks.Checked emptyChecked = CuratedLinks.check(List.of(empty), Set.of("pages/empty.html"), FOLDERS_NAMED_LATER);
        assertEquals("<p>空链接</p>", emptyChecked.pages().get(0).html());
        assertEquals("content/pages/empty.md:4: error [broken-link] an empty link; its text is shown without it",
                emptyChecked.problems().get(0).toString());
        CuratedPage fine = new CuratedPage("help", "帮助", null, "<p><a href=\"about.html\">关于</a></p>", "content/pages/help.md",
                List.of(new CuratedPage.Link("about.html", 3)));
        CuratedLinks.Checked checked = CuratedLinks.check(List.of(page, fine),
                Set.of("documents/湘政发-2024-9.html", "pages/about.html", "pages/help.html"), FOLDERS_NAMED_LATER);
        assertEquals("<p>见湘政发〔2024〕99号和<a href=\"../documents/湘政发-2024-9.html\">9号</a>。</p>", checked.pages().get(0).html());
        assertSame(fine, checked.pages().get(1), "a page whose links all lead somewhere is as it was");
        assertEquals(1, checked.problems().size());
        assertEquals("content/pages/about.md:12: error [broken-link] the link to ../documents/湘政发-2024-99.html leads to no file "
                + "of the site; its text is shown without it", checked.problems().get(0).toString());
    }

    @Test
    void aLinkToAnAnchorItsPageHasNotIsAnErrorAtItsLineAndStays() {
        CuratedPage about = new CuratedPage("about", "关于", null, "<p>…</p>", "content/pages/about.md", List.of(
                new CuratedPage.Link("../documents/湘政发-2024-9.html#%E4%B8%80", 3), // 一, encoded: it is there
                new CuratedPage.Link("../documents/湘政发-2024-9.html#第九十九条", 4),
                new CuratedPage.Link("#开头", 5),
                new CuratedPage.Link("#目录", 6),
                new CuratedPage.Link("../data-quality.html#没有", 7), // not told before the site is made
                new CuratedPage.Link("../documents/湘政发-2024-9.html#", 8),
                new CuratedPage.Link("../documents/湘政发-2024-9.html", 9)));
        java.util.Map<String, Set<String>> ids = java.util.Map.of(
                "documents/湘政发-2024-9.html", Set.of("一", "附件"), ABOUT, Set.of("开头"));
        assertEquals(List.of(
                "content/pages/about.md:4: error [broken-anchor] the link to ../documents/湘政发-2024-9.html#第九十九条 leads to an "
                        + "anchor its page does not have: it opens the page at its top",
                "content/pages/about.md:6: error [broken-anchor] the link to #目录 leads to an anchor its page does not have: it "
                        + "opens the page at its top"),
                CuratedLinks.anchors(List.of(about), ids::get).stream().map(Object::toString).toList());
    }
}
