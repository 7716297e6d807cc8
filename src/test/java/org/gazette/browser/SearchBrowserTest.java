package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.gazette.publish.PreviewServer;
import org.gazette.search.SearchAnalyzer;

/** The search page in a real browser, from disk (file://) and from a local HTTP server. */
class SearchBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver browser;
    static PreviewServer server;

    @BeforeAll
    static void buildAndStart() throws IOException {
        browser = Browser.start(1200, 1400);
        site = Browser.buildSample(tmp);
        server = new PreviewServer(site, 0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private List<String> results(String base, String query) {
        browser.get(base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("status")).getText().isEmpty());
        return browser.findElements(By.cssSelector("#results a.title")).stream().map(e -> e.getAttribute("href")).toList();
    }

    private void knownAnswers(String base) {
        assertTrue(results(base, "政务云").get(0).endsWith("documents/%E6%B9%98%E6%94%BF%E5%8A%9E%E5%8F%91-2024-24.html"));
        String nine = "documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-9.html";
        assertTrue(results(base, "湘政发〔2024〕9号").get(0).endsWith(nine), "文号 as printed");
        assertTrue(results(base, "湘政发2024 9").get(0).endsWith(nine), "文号 as typed");
        assertTrue(results(base, "HNPR-2024-00005").get(0).endsWith(nine), "registration code");
        assertTrue(results(base, "张荣华").get(0).endsWith("people/%E6%B0%B8%E5%B7%9E%E5%B8%82-%E5%BC%A0%E8%8D%A3%E5%8D%8E.html"),
                "a person's name finds the person page first");
        List<String> phrase = results(base, "\"试用期一年\" 公安局");
        assertEquals(2, phrase.size(), phrase.toString());
        assertTrue(browser.findElement(By.cssSelector("#results mark")).getText().length() >= 2, "matched words are marked");
    }

    /**
     * The browser applies each term's idf to the weights in the shards; {@code gazette search} does the
     * same in Java. Both add up integers, so they must list the same results in the same order.
     */
    @Test
    void theBrowserRanksLikeGazetteSearch() throws Exception {
        for (String query : List.of("政务云", "管理办法", "公安局 副局长", "人民政府 通知", "局长")) {
            java.io.StringWriter out = new java.io.StringWriter();
            picocli.CommandLine cli = org.gazette.cli.GazetteCommand.commandLine();
            cli.setOut(new java.io.PrintWriter(out, true));
            assertEquals(0, cli.execute("search", "--json", "-n", "10", query));
            List<String> expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("results")
                    .findValuesAsText("url").stream().map(u -> u.replaceAll("#.*", "")).toList();
            List<String> shown = results(site.toUri().toString(), query).stream()
                    .map(u -> java.net.URLDecoder.decode(u.replaceAll("#.*", ""), StandardCharsets.UTF_8))
                    .map(u -> u.substring(u.indexOf("/site/") + "/site/".length())).limit(10).toList();
            assertTrue(expected.size() >= 2, query + ": " + expected);
            assertEquals(expected, shown, query);
        }
    }

    @Test
    void knownQueriesFindTheirAnswersFromDisk() {
        knownAnswers(site.toUri().toString());
    }

    @Test
    void knownQueriesFindTheirAnswersOverHttp() {
        knownAnswers("http://127.0.0.1:" + server.port() + "/");
    }

    @Test
    void filtersNarrowTheResultsAndLiveInTheUrl() {
        String base = site.toUri().toString();
        int all = results(base, "管理办法").size();
        WebElement type = browser.findElements(By.cssSelector("#filters input[data-facet=type]")).stream()
                .filter(e -> e.findElement(By.xpath("..")).getText().startsWith(" 解读") || e.findElement(By.xpath("..")).getText().contains("解读"))
                .findFirst().orElseThrow();
        type.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("type="));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#results .meta")).stream().allMatch(m -> m.getText().contains("解读")));
        int filtered = browser.findElements(By.cssSelector("#results a.title")).size();
        assertTrue(filtered > 0 && filtered <= all, filtered + " of " + all);
        String bookmarked = browser.getCurrentUrl();
        browser.get(bookmarked);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("status")).getText().isEmpty());
        assertEquals(filtered, browser.findElements(By.cssSelector("#results a.title")).size(), "the URL restores the search");
    }

    /** On a phone the filters fold away under 筛选, so that the first result is on the first screen; beside the results they are open. */
    @Test
    void onAPhoneTheFiltersFoldAwayAndTheResultsComeFirst() {
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 800));
            results(site.toUri().toString(), "管理办法");
            WebElement panel = browser.findElement(By.id("filter-panel"));
            assertEquals(null, panel.getAttribute("open"), "folded");
            WebElement first = browser.findElement(By.cssSelector("#results a.title"));
            long viewport = (Long) browser.executeScript("return window.innerHeight;");
            assertTrue(first.getRect().getY() < viewport, "the first result at " + first.getRect().getY() + " of " + viewport);
            panel.findElement(By.tagName("summary")).click();
            assertTrue(browser.findElement(By.cssSelector("#filters input[data-facet=type]")).isDisplayed(), "unfolded on a tap");

            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1400));
            results(site.toUri().toString(), "管理办法");
            assertEquals("true", browser.findElement(By.id("filter-panel")).getAttribute("open"));
            assertTrue(!browser.findElement(By.cssSelector("#filter-panel > summary")).isDisplayed(), "no fold beside the results");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1400));
        }
    }

    @Test
    void resultsAppearAsYouTypeAndTheKeyboardReachesThem() {
        browser.get(site.resolve("search.html").toUri().toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("湘江新区");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#results a.title")).isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(browser.findElements(By.cssSelector("#results a.title")).get(0), browser.switchTo().activeElement());
        // The header box on every page leads to the search page with the query.
        browser.get(site.resolve("index.html").toUri().toString());
        WebElement header = browser.findElement(By.cssSelector("header .search-box input"));
        header.sendKeys("公司法", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#results a.title")).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("search.html?q="));
    }

    @Test
    void theBrowserTokenisesQueriesLikeTheIndex() {
        browser.get(site.resolve("search.html").toUri().toString());
        SearchAnalyzer analyzer = new SearchAnalyzer();
        for (String text : List.of("湘政发〔2024〕9号", "湘政发2024 9", "HNPR—2024—00005", "ＨＮＰＲ－２０２４", "张毅同志任湖南湘江新区（长沙高新区）管委会副主任",
                "费率0.7%，个人 3.5万元", "DRG和DIP付费", "“十四五”规划", "二〇二四年", "1,000 a.b e-f")) {
            @SuppressWarnings("unchecked")
            List<String> js = (List<String>) browser.executeScript("return GazetteSearch.tokenize(arguments[0]);", text);
            assertEquals(analyzer.tokens(text), js, text);
        }
    }
}
