package org.gazette.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gazette.render.SiteFile;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SitemapTest {

    private static final List<String> PATHS = List.of("index.html", "documents/湘政发-2024-9.html",
            "documents/湘政发-2024-10.html", "documents/永政发-2022-1.html", "people/张三.html", "search/meta.js",
            "data/documents.json", "search.html");

    /** File path → the locations it lists, in order. */
    private static Map<String, List<String>> locations(List<SiteFile> files) {
        Map<String, List<String>> out = new TreeMap<>();
        for (SiteFile f : files) {
            out.put(f.path(), Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8), "", Parser.xmlParser())
                    .select("loc").eachText());
        }
        return out;
    }

    @Test
    void theIndexListsASitemapPerTopFolderOfThePagesInPathOrder() {
        Map<String, List<String>> files = locations(new Sitemap().files(PATHS, "https://example.org/gazette/"));
        assertEquals(List.of("https://example.org/gazette/sitemaps/documents.xml",
                "https://example.org/gazette/sitemaps/people.xml", "https://example.org/gazette/sitemaps/site.xml"),
                files.get("sitemap.xml"));
        assertEquals(List.of("https://example.org/gazette/documents/%E6%B0%B8%E6%94%BF%E5%8F%91-2022-1.html",
                "https://example.org/gazette/documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-10.html",
                "https://example.org/gazette/documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-9.html"),
                files.get("sitemaps/documents.xml"), "percent-encoded, in path order");
        assertEquals(List.of("https://example.org/gazette/index.html", "https://example.org/gazette/search.html"),
                files.get("sitemaps/site.xml"), "the pages at the root; scripts and data are not pages");
        assertEquals(4, files.size());
    }

    @Test
    void aFolderWithMorePagesThanASitemapMayHoldIsCutIntoParts() {
        Map<String, List<String>> files = locations(new Sitemap(2).files(PATHS, null));
        assertEquals(List.of("sitemaps/documents-1.xml", "sitemaps/documents-2.xml", "sitemaps/people.xml", "sitemaps/site.xml"),
                files.get("sitemap.xml"), "relative to the site root without a base URL");
        assertEquals(2, files.get("sitemaps/documents-1.xml").size());
        assertEquals(List.of("documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-9.html"), files.get("sitemaps/documents-2.xml"));
    }
}
