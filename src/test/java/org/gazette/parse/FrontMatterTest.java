package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.IssueMasthead;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;

class FrontMatterTest {

    @Test
    void readsAMastheadOnOneLine() {
        IssueMasthead m = new MastheadParser().parse(Lines.of("""
                湖南省人民政府公报
                GAZETTE OF THE PEOPLE'S GOVERNMENT OF HUNAN PROVINCE
                湖南省人民政府办公厅 2024年7月31日 第14期 总第710期
                目 录
                """)).orElseThrow();
        assertEquals(new IssueMasthead("湖南省人民政府公报", "湖南省人民政府办公厅", 2024, "14", "710",
                LocalDate.of(2024, 7, 31), 3), m);
    }

    @Test
    void readsADoubleIssueSpreadOverLines() {
        IssueMasthead m = new MastheadParser().parse(Lines.of("""
                永州市人民政府公报
                ◇ 本刊刊登的文件与正式文件具有同等效力 ◇
                2022 年第 7-8 期
                (总第 156-157 期)
                """)).orElseThrow();
        assertEquals("7-8", m.number());
        assertEquals("156-157", m.cumulative());
        assertEquals(2022, m.year());
        assertNull(m.published());
        assertEquals("2022-7-8", m.key());
    }

    @Test
    void readsTheStateCouncilsIssueNumberedHaoAndItsCumulativeNumber() {
        // The State Council's gazette: 2024年第16号（总号：1829）. A 令号 of its contents is no issue.
        IssueMasthead m = new MastheadParser().parse(Lines.of("""
                中华人民共和国国务院公报
                2024年第16号（总号：1829）
                2024年6月10日
                目 录
                """)).orElseThrow();
        assertEquals(new IssueMasthead("中华人民共和国国务院公报", null, 2024, "16", "1829", LocalDate.of(2024, 6, 10), 2, "号"), m);
        assertEquals("2024年第16号（总第1829号）", m.title());
        assertEquals("2024年第14期（总第710期）", new MastheadParser().parse(Lines.of("湖南省人民政府办公厅 2024年7月31日 第14期 总第710期\n"))
                .orElseThrow().title());
        assertTrue(new MastheadParser().parse(Lines.of("中华人民共和国商务部令（2024年第1号）……（18）\n")).isEmpty());
    }

    @Test
    void readsIssueNumbersInChineseNumerals() {
        IssueMasthead m = new MastheadParser().parse(Lines.of("""
                某省人民政府公报
                二〇二四年第十四期（总第七百一十期）
                目 录
                """)).orElseThrow();
        assertEquals("2024年第14期（总第710期）", m.year() + "年第" + m.number() + "期（总第" + m.cumulative() + "期）");
        assertEquals("12", new MastheadParser().parse(Lines.of("某省人民政府公报\n2024年第十二期\n")).orElseThrow().number());
    }

    @Test
    void aMastheadsDatePublishedOnAndAContentsHeadedThisIssueArePlaced() {
        var parsed = Lines.parse("""
                广东省人民政府公报
                第10期
                （总第1234期）
                2024年4月10日出版
                本期目录
                省政府文件
                广东省人民政府关于印发广东省推动大规模设备更新实施方案的通知（粤府〔2024〕35号）………（2）

                广东省人民政府关于印发广东省推动大规模设备更新实施方案的通知
                粤府〔2024〕35号
                各地级以上市人民政府，省政府各部门、各直属机构：
                现将方案印发给你们。
                广东省人民政府
                2024年3月10日
                """);
        assertEquals(new IssueMasthead("广东省人民政府公报", null, 2024, "10", "1234", LocalDate.of(2024, 4, 10), 2), parsed.issue());
        assertEquals(List.of("省政府文件"), parsed.toc().sections());
        assertEquals(1, parsed.toc().entries().size());
        assertEquals(List.of(), parsed.diagnostics(), "every line of the front matter placed");
    }

    @Test
    void aMastheadsPublisherWithItsWordForPublishingIsThePublisherAndItsLineIsPlaced() {
        var parsed = Lines.parse("""
                长沙市人民政府公报
                2024年第3期（总第455期）
                长沙市人民政府办公厅主办 2024年2月20日出版
                目　　录
                市政府文件
                长沙市人民政府关于表彰2023年度全市安全生产工作先进单位的决定……（长政发〔2024〕3号）3

                长沙市人民政府关于表彰2023年度全市安全生产工作先进单位的决定
                长政发〔2024〕3号
                各区县（市）人民政府，市直机关各单位：
                市人民政府决定，对芙蓉区人民政府等20个单位予以通报表彰。
                长沙市人民政府
                2024年2月1日
                """);
        assertEquals(new IssueMasthead("长沙市人民政府公报", "长沙市人民政府办公厅", 2024, "3", "455", LocalDate.of(2024, 2, 20), 2),
                parsed.issue());
        assertEquals(List.of(), parsed.diagnostics(), "every line of the front matter placed");
    }

    @Test
    void aContentsWithoutPagesListsTitlesThatOpenAnotherAsEntriesOfTheirOwnAndKeepsWrappedOnesWhole() {
        Diagnostics diagnostics = new Diagnostics("t.txt");
        TableOfContents toc = new TableOfContentsParser().parse(Lines.of("""
                目 录
                法律
                中华人民共和国主席令（第三十四号）
                中华人民共和国学前教育法
                全国人民代表大会常务委员会关于授权国务院在自由贸易试验区暂时调整适用有关法律规定的决定
                中华人民共和国文物保护法
                节约用水条例
                中华人民共和国土地管理法
                实施条例
                省政府文件
                湖南省人民政府关于印发湖南省安全生产条例
                实施细则的通知
                湖南省人民政府关于加强行政执法
                工作的意见
                """), diagnostics).orElseThrow().toc();
        assertEquals(List.of("中华人民共和国主席令", "中华人民共和国学前教育法",
                        "全国人民代表大会常务委员会关于授权国务院在自由贸易试验区暂时调整适用有关法律规定的决定", "中华人民共和国文物保护法", "节约用水条例", "中华人民共和国土地管理法实施条例",
                        "湖南省人民政府关于印发湖南省安全生产条例实施细则的通知", "湖南省人民政府关于加强行政执法工作的意见"),
                toc.entries().stream().map(TocEntry::title).toList());
        assertEquals(List.of(), diagnostics.sorted(), "a 目录 that prints no pages is no fault of its entries");
    }

    @Test
    void aRunOfDocumentsHasNoMasthead() {
        assertTrue(new MastheadParser().parse(Lines.of(" 蓝山县人民政府\n关于公布实施蓝山县农用地基准地价的通知\n")).isEmpty());
    }

    @Test
    void pairsReferencesPrintedBeforeTheirTitlesAndReadsEveryPageStyle() {
        Diagnostics diagnostics = new Diagnostics("t.txt");
        TableOfContents toc = new TableOfContentsParser().parse(Lines.of("""
                目  录
                【政府规章】
                （广州市人民政府令第200号）3
                广州市养犬管理规定
                市政府文件
                - (穗府〔2023〕3号 GZPR-2023-00003)..... (5)
                广州市人民政府关于印发广州市

                促进消费若干措施的通知
                发布政令 公开政务 指导工作 服务社会
                (穗府办函[2023]12号)…… 18
                广州市人民政府办公厅关于做好春季森林防火工作的通知
                """), diagnostics).orElseThrow().toc();
        assertEquals(List.of("政府规章", "市政府文件"), toc.sections());
        List<TocEntry> e = toc.entries();
        assertEquals(3, e.size());
        assertEquals("广州市养犬管理规定", e.get(0).title());
        assertEquals("广州市人民政府令第200号", e.get(0).order().normalized());
        assertEquals(3, e.get(0).page());
        assertEquals("广州市人民政府关于印发广州市促进消费若干措施的通知", e.get(1).title());
        assertEquals("穗府〔2023〕3号", e.get(1).number().normalized());
        assertEquals("GZPR-2023-00003", e.get(1).registration().normalized());
        assertEquals(5, e.get(1).page());
        assertEquals("市政府文件", e.get(1).section());
        assertEquals("穗府办函〔2023〕12号", e.get(2).number().normalized());
        assertEquals(18, e.get(2).page());
        assertTrue(diagnostics.sorted().isEmpty(), "the slogan is cover text: " + diagnostics.sorted());
    }

    @Test
    void readsEntriesBehindBulletsAndOnOneLineAndLeavesABulletedNoticeToTheCover() {
        // The bulleted entry had been taken for cover text, which turned every later pairing round.
        Diagnostics diagnostics = new Diagnostics("t.txt");
        TableOfContents toc = new TableOfContentsParser().parse(Lines.of("""
                目    录
                【省政府文件】
                ● 江西省人民政府关于印发江西省加快推进新型工业化实施方案的通知
                （赣府发〔2024〕8号）……………………………………2
                · 江西省人民政府关于公布第三批省级非物质文化遗产代表性项目名录的通知（赣府字〔2024〕20号）……9
                ◎ 刊登的各类公文与正式文件具有同等效力
                部门规章
                ◆市场监督管理行政许可程序暂行规定（试行）……………………（10）
                中华人民共和国商务部令（2024年第1号）………………（18）
                """), diagnostics).orElseThrow().toc();
        assertEquals(List.of(
                "省政府文件 | 江西省人民政府关于印发江西省加快推进新型工业化实施方案的通知 | 赣府发〔2024〕8号 | null | 2 | 3",
                "省政府文件 | 江西省人民政府关于公布第三批省级非物质文化遗产代表性项目名录的通知 | 赣府字〔2024〕20号 | null | 9 | 5",
                "部门规章 | 市场监督管理行政许可程序暂行规定（试行） | null | null | 10 | 8",
                "部门规章 | 中华人民共和国商务部令 | null | 中华人民共和国商务部令2024年第1号 | 18 | 9"),
                rows(toc));
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void readsReferencesWithoutBracketsAndSectionsNamedByKindsOfLaw() {
        Diagnostics diagnostics = new Diagnostics("t.txt");
        TableOfContents toc = new TableOfContentsParser().parse(Lines.of("""
                目　录
                【市政府文件】
                北京市人民政府关于印发《北京市加快推进数字经济发展若干措施》的通知
                京政发〔2024〕8号………………………………………………2
                法律
                中华人民共和国主席令（第三十四号）……………………（3）
                中华人民共和国学前教育法………………………………（4）
                行政法规
                中华人民共和国国务院令第797号…………………………（13）
                节约用水条例………………………………………………（14）
                司法解释
                最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释（法释〔2023〕13号）…（20）
                """), diagnostics).orElseThrow().toc();
        assertEquals(List.of("市政府文件", "法律", "行政法规", "司法解释"), toc.sections());
        assertEquals(List.of(
                "市政府文件 | 北京市人民政府关于印发《北京市加快推进数字经济发展若干措施》的通知 | 京政发〔2024〕8号 | null | 2 | 3",
                "法律 | 中华人民共和国主席令 | null | 中华人民共和国主席令第34号 | 3 | 6",
                "法律 | 中华人民共和国学前教育法 | null | null | 4 | 7",
                "行政法规 | 中华人民共和国国务院令 | null | 中华人民共和国国务院令第797号 | 13 | 9",
                "行政法规 | 节约用水条例 | null | null | 14 | 10",
                "司法解释 | 最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释 | 法释〔2023〕13号 | null | 20 | 12"),
                rows(toc));
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void reportsATitleWithoutReferenceInAContentsThatPrintsPages() {
        Diagnostics diagnostics = new Diagnostics("t.txt");
        TableOfContents toc = new TableOfContentsParser().parse(Lines.of("""
                目录
                【市政府文件】
                广州市人民政府关于印发广州市促进消费若干措施的通知
                广州市人民政府关于加强城市管理的通知（穗府〔2024〕3号）……5
                """), diagnostics).orElseThrow().toc();
        assertEquals(2, toc.entries().size());
        assertNull(toc.entries().get(0).page());
        assertEquals("toc-title-without-reference", diagnostics.sorted().get(0).code());
        assertEquals(3, diagnostics.sorted().get(0).line());
    }

    /** Each entry as {@code section | title | 文号 | 令号 | page | line}. */
    private static List<String> rows(TableOfContents toc) {
        return toc.entries().stream().map(e -> e.section() + " | " + e.title() + " | "
                + (e.number() == null ? null : e.number().normalized()) + " | "
                + (e.order() == null ? null : e.order().normalized()) + " | " + e.page() + " | " + e.line()).toList();
    }
}
