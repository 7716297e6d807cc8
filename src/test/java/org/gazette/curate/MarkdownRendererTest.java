package org.gazette.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An editor's Markdown as the site shows it. */
class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void aLineBreakBetweenChineseIsNoSpace() {
        assertEquals("<p>每一次人事任免都有自己的页面，文件之间的引用、废止和解读关系都是链接。</p>",
                markdown.toSafeHtml("每一次人事任免都有自己的页面，\n文件之间的引用、废止和解读关系都是链接。"));
        assertEquals("<p>直接从磁盘打开（file://），也可以放在任何静态网站空间。</p>",
                markdown.toSafeHtml("直接从磁盘打开（file://），\n  也可以放在任何静态网站空间。"), "the next line's indent too");
        assertEquals("<p><strong>本站</strong>收录<a href=\"../data/documents.json\">文件目录</a>。</p>",
                markdown.toSafeHtml("**本站**\n收录\n[文件目录](../data/documents.json)。"), "past the markup around the break");
    }

    @Test
    void aLineBreakBesideOtherTextStaysASpace() {
        assertEquals("<p>words wrapped over lines</p>", markdown.toSafeHtml("words wrapped\nover lines"));
        assertEquals("<p>数据下载 CSV 文件</p>", markdown.toSafeHtml("数据下载\nCSV 文件"));
        assertEquals("<p>见湘政发〔2024〕9号 2024年</p>", markdown.toSafeHtml("见湘政发〔2024〕9号\n2024年"), "a digit is no Chinese");
    }

    @Test
    void rawHtmlIsSanitised() {
        assertEquals("<p>正文</p>\n<p>x</p>", markdown.toSafeHtml("<script>alert(1)</script>\n\n正文\n\n<p onclick=\"x()\">x</p>"));
    }
}
