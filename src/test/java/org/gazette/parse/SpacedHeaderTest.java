package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.IssueMasthead;
import org.gazette.model.ParsedSource;
import org.gazette.model.TocEntry;

/**
 * Headers printed as a red-headed document prints them, the organ in large type on its own line and
 * the kind of document spaced out under it ({@code 湖南省人民代表大会常务委员会} / {@code 公　　告} /
 * {@code （第12号）}), right under a 目录 that lists them by that header; a 文号 broken after its year; a red
 * head ({@code 湖南省人民政府办公厅文件}) above the 文号.
 */
class SpacedHeaderTest {

    private static final ParsedSource PARSED = Lines.parse("""
            湖南省人民政府公报
            二〇二四年第八期
            湖南省人民政府办公厅　2024年4月20日

            目　　录

            【省人大常委会公告】
            湖南省人民代表大会常务委员会公告（第12号）……………………………………2
            【省政府规章】
            湖南省人民政府令（第322号）………………………………………………………5
            【省政府办公厅文件】
            湖南省人民政府办公厅关于同意调整长沙市部分行政区划的函（湘政办函〔2024〕18号）……12

            湖南省人民代表大会常务委员会
            公　　告
            （第12号）
            《湖南省实施〈中华人民共和国农村土地承包法〉办法》已由湖南省第十四届人民代表大会常务委员会第八次会议于2024年3月28日通过，现予公布，自2024年7月1日起施行。
            湖南省人民代表大会常务委员会
            2024年3月28日
            湖南省实施《中华人民共和国农村土地承包法》办法
            （2024年3月28日湖南省第十四届人民代表大会常务委员会第八次会议通过）
            第一条　为了实施《中华人民共和国农村土地承包法》，结合本省实际，制定本办法。

            湖南省人民政府
            令
            第322号
            《湖南省行政执法证件管理办法》已经2024年2月20日省人民政府第25次常务会议通过，现予公布，自2024年5月1日起施行。
            省长　毛伟明
            2024年3月1日
            湖南省行政执法证件管理办法
            第一条　为了加强行政执法证件管理，制定本办法。

            湖南省人民政府办公厅关于同意调整长沙市部分行政区划的函
            湘政办函〔2024〕18号
            长沙市人民政府：
            同意将望城区丁字湾街道划归开福区管辖。
            湖南省人民政府办公厅
            2024年4月8日
            """);

    @Test
    void anAnnouncementHeadedByItsOrganAndItsKindSpacedOutIsOneDocumentWithWhatItPromulgates() {
        List<Document> docs = PARSED.documents();
        assertEquals(List.of(14, 24, 33), docs.stream().map(Document::startLine).toList(), docs.toString());
        Document law = docs.get(0);
        assertEquals("湖南省实施《中华人民共和国农村土地承包法》办法", law.title(), "not the 目录's last line above it");
        assertEquals("湖南省人民代表大会常务委员会公告2024年第12号", law.number().normalized());
        assertEquals(List.of("湖南省人民代表大会常务委员会"), law.issuers());
        assertEquals("2024-07-01", law.effective());
        assertEquals("省人大常委会公告", law.section());
    }

    @Test
    void anOrderHeadedTheSameWayIsAnOrder() {
        Document order = PARSED.documents().get(1);
        assertEquals("湖南省人民政府令第322号", order.order().normalized());
        assertEquals("湖南省行政执法证件管理办法", order.title());
        assertEquals(LocalDate.of(2024, 3, 1), order.signed());
    }

    @Test
    void theContentsListTheAnnouncementByItsHeaderWithoutItsYearAndFindIt() {
        TocEntry listed = PARSED.toc().entries().get(0);
        assertEquals("湖南省人民代表大会常务委员会公告第12号", listed.number().normalized(), "no year printed, none made up");
        assertEquals(List.of(), PARSED.diagnostics().stream().map(Diagnostic::toString).toList(),
                "every entry found, no title or number disagreeing, every masthead line placed");
    }

    @Test
    void noLineAboveTheOrganIsTakenForTheTitleNorTheLastEntryOfAContentsAboveAHeaderOverTwoLines() {
        String announcement = """
                《湖南省优化营商环境条例》已由湖南省第十四届人民代表大会常务委员会第九次会议于2024年3月28日通过，现予公布。
                湖南省人民代表大会常务委员会
                2024年3月28日
                湖南省优化营商环境条例
                第一条　为了持续优化营商环境，制定本条例。
                """;
        ParsedSource pagesLeftOut = Lines.parse("""
                目　　录
                湖南省人民代表大会常务委员会公告（第5号）

                湖南省人民代表大会常务委员会
                公　　告
                （第5号）
                """ + announcement);
        ParsedSource twoLines = Lines.parse("""
                目　　录
                湖南省人民政府办公厅关于同意调整长沙市部分行政区划的函（湘政办函〔2024〕18号）……12

                湖南省人民代表大会常务委员会公告
                第5号
                """ + announcement);
        for (ParsedSource parsed : List.of(pagesLeftOut, twoLines)) {
            Document law = parsed.documents().get(0);
            assertEquals(4, law.startLine());
            assertEquals("湖南省优化营商环境条例", law.title());
        }
    }

    @Test
    void aContentsListingHeadersWithoutPagesIsNotTakenForTheDocumentsTheyList() {
        ParsedSource parsed = Lines.parse("""
                目　　录
                湖南省人民政府令（第322号）
                湖南省行政执法证件管理办法
                湖南省人民代表大会常务委员会公告（第5号）

                湖南省人民政府令
                第322号
                《湖南省行政执法证件管理办法》已经2024年2月20日省人民政府第25次常务会议通过，现予公布。
                省长　毛伟明
                2024年3月1日
                湖南省行政执法证件管理办法
                第一条　为了加强行政执法证件管理，制定本办法。
                湖南省人民代表大会常务委员会公告
                第5号
                《湖南省优化营商环境条例》已由湖南省第十四届人民代表大会常务委员会第九次会议于2024年3月28日通过，现予公布。
                湖南省人民代表大会常务委员会
                2024年3月28日
                湖南省优化营商环境条例
                第一条　为了持续优化营商环境，制定本条例。
                """);
        assertEquals(List.of(6, 13), parsed.documents().stream().map(Document::startLine).toList());
        assertEquals(List.of("湖南省行政执法证件管理办法", "湖南省优化营商环境条例"),
                parsed.documents().stream().map(Document::title).toList());
        assertEquals(List.of(), parsed.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aNumberBrokenAfterItsYearIsOneNumber() {
        ParsedSource parsed = Lines.parse("""
                长沙市人民政府关于加强城市管理的通知
                长政发〔2024〕
                3号
                各区县（市）人民政府，市直机关各单位：
                现就有关事项通知如下。
                长沙市人民政府
                2024年2月1日
                """);
        Document notice = parsed.documents().get(0);
        assertEquals("长政发〔2024〕3号", notice.number().normalized());
        assertEquals("长沙市人民政府关于加强城市管理的通知", notice.title());
        assertEquals("各区县（市）人民政府，市直机关各单位：", notice.addressees());
        assertEquals(List.of(), parsed.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aRedHeadAboveTheNumberStartsTheDocumentItHeads() {
        ParsedSource parsed = Lines.parse("""
                湖南省行政执法证件管理办法
                第二条　本办法自2024年5月1日起施行。
                湖南省人民政府办公厅文件
                湘政办发〔2024〕30号
                湖南省人民政府办公厅
                关于加强政务数据共享的通知
                各市州人民政府，省政府各厅委、各直属机构：
                现就加强政务数据共享有关事项通知如下。
                湖南省人民政府办公厅
                2024年4月2日
                """);
        Document notice = parsed.documents().get(0);
        assertEquals(3, notice.startLine(), "the red head is the notice's, not the text of what is before it");
        assertEquals("湘政办发〔2024〕30号", notice.number().source());
        assertEquals("湖南省人民政府办公厅关于加强政务数据共享的通知", notice.title());
        assertEquals("各市州人民政府，省政府各厅委、各直属机构：", notice.addressees());
    }

    @Test
    void aMastheadsPublisherAndDateWithoutAWordForPublishingArePlaced() {
        assertEquals(new IssueMasthead("湖南省人民政府公报", "湖南省人民政府办公厅", 2024, "8", null, LocalDate.of(2024, 4, 20), 2),
                PARSED.issue());
    }
}
