package org.gazette.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;


/** The sample site opened from disk (file://) in a real browser, clicked through as a reader would. */
class SiteBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndStart() throws IOException {
        browser = Browser.start(1200, 1600);
        site = Browser.buildSample(tmp);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void homeToIssueToDocumentToCitedDocumentAndBack() {
        browser.get(site.resolve("index.html").toUri().toString());
        assertTrue(browser.getTitle().contains("首页"), browser.getTitle());

        browser.findElement(By.linkText("湖南省人民政府公报")).click();
        browser.findElement(By.partialLinkText("2024年第14期")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("2024年第14期"));

        browser.findElement(By.partialLinkText("湖南省人民政府办公厅关于印发《湖南省省级政务云管理暂行办法》的通知")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/documents/%E6%B9%98%E6%94%BF%E5%8A%9E%E5%8F%91-2024-24.html"),
                browser.getCurrentUrl());
        WebElement article = browser.findElement(By.id("第四十二条"));
        assertTrue(article.getText().contains("有效期2年"), article.getText());

        // Anchors work: following an article's own link puts it in the URL fragment.
        article.findElement(By.cssSelector("a.anchor")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#%E7%AC%AC%E5%9B%9B%E5%8D%81%E4%BA%8C%E6%9D%A1"), browser.getCurrentUrl());

        browser.get(site.resolve("documents/蓝政办发-2022-13.html").toUri().toString());
        browser.findElement(By.cssSelector(".citations a[href$='永政办发-2022-13.html']")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("永州市政务大数据管理办法"));
        browser.navigate().back();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("蓝山县政务大数据管理办法"));
    }

    @Test
    void personPageToTheNoticeAndBackToThePost() {
        browser.get(site.resolve("people/永州市-蒋宁.html").toUri().toString());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("蒋宁"));
        browser.findElement(By.cssSelector("table.timeline a[href*='永政人-2022-14']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#L1310"), browser.getCurrentUrl());
        WebElement sentence = browser.findElement(By.id("L1310"));
        assertTrue(sentence.getText().contains("蒋宁同志任市司法局副局长"), sentence.getText());
        browser.navigate().back();
        browser.findElement(By.cssSelector("table.timeline a[href*='posts/']")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("永州市司法局"));
        List<String> holders = browser.findElements(By.cssSelector("table.holders tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertTrue(holders.get(1).startsWith("蒋宁"), holders.toString());
    }

    @Test
    void aDocumentPageReadsOnAPhoneAndOnADesktop() throws IOException {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {390, 1280}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
            browser.get(site.resolve("documents/湘政发-2024-9.html").toUri().toString());
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "no horizontal scrolling of the page at width " + width);
            // The header's name and menu words are not broken letter by letter (on a phone they had been).
            double lines = ((Number) browser.executeScript("var most = 0;"
                    + "document.querySelectorAll('.site-name, .site-header nav a').forEach(function (e) {"
                    + "  most = Math.max(most, e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)); });"
                    + "return most;")).doubleValue();
            assertTrue(lines < 1.5, "a header word on " + lines + " lines at width " + width);
            Files.write(shots.resolve("document-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
