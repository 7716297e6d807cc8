package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Citation;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.ParsedSource;
import org.gazette.model.Severity;
import org.gazette.model.Validity;

/**
 * A gazette in a style the samples do not have (another city, a masthead spread over lines, bare
 * section headings, square brackets, a TOC that disagrees with the body, an interpretation whose
 * issuer is on its own line, an unplaceable line): the parser must find its documents by their
 * patterns and report what it could not place.
 */
class UnseenGazetteTest {

    private static final String TEXT = """
            广州市人民政府公报
            2023年第5期（总第1234期）
            2023年3月10日出版

            目  录

            市政府文件
            广州市人民政府关于印发广州市
            促进消费若干措施的通知
            （穗府〔2023〕3号）…………（2）
            市政府办公厅文件
            广州市人民政府办公厅关于做好春季森林防火工作的通知
            （穗府办函[2022]12号）……………………（8）

            本期责任校对：张三，李四。

            广州市人民政府关于印发广州市
            促进消费若干措施的通知
            穗府〔2023〕3号
            各区人民政府，市政府各部门、各直属机构：
            现将《广州市促进消费若干措施》印发给你们，请认真贯彻执行。
            广州市人民政府
            2023年2月28日
            广州市促进消费若干措施
            一、加大消费券发放力度，按照《中华人民共和国价格法》规范价格行为。
            二、本措施自印发之日起施行，有效期至2024年12月31日。

            广州市人民政府办公厅关于做好春季森林防火工作的通知
            穗府办函〔2023〕12号
            各区人民政府，市政府各部门：
            根据《中华人民共和国森林法》和《森林防火条例》（国务院令第541号），以及《广州市人民政府关于印发广州市
            促进消费若干措施的通知》（穗府〔2023〕3号）精神，现就有关事项通知如下：
            一、落实责任。
            《广州市森林防火工作实施办法》（穗府办[2019]5号）同时废止。
            本通知自印发之日起施行，有效期三年。
            广州市人民政府办公厅
            2023年3月1日

            《广州市促进消费若干措施》政策解读
            一、出台背景
            为提振消费，依据《广州市人民政府关于印发广州市促进消费若干措施的通知》（穗府[2023]3号）制定。
            """;

    /** An announcement numbered without its year, and without a title of its own. */
    private static final String YEARLESS_NOTICE = """
            深圳市人民政府通告
            第3号
            为做好防汛工作，现通告如下。
            深圳市人民政府
            2024年6月1日
            """;

    /** A numbered document, signed and dated, for what follows it to start after. */
    private static final String NUMBERED_OPINION = """
            国务院关于加快构建废弃物循环利用体系的意见
            国发〔2024〕7号
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            现提出如下意见。
            国务院
            2024年2月6日
            """;

    @Test
    void findsTheIssueTheDocumentsAndWhatTheySay() {
        ParsedSource parsed = Lines.parse(TEXT);
        assertEquals("广州市人民政府公报", parsed.issue().gazetteName());
        assertEquals("5", parsed.issue().number());
        assertEquals("1234", parsed.issue().cumulative());
        assertEquals(LocalDate.of(2023, 3, 10), parsed.issue().published());
        assertEquals(List.of("市政府文件", "市政府办公厅文件"), parsed.toc().sections());

        List<Document> docs = parsed.documents();
        assertEquals(List.of("广州市人民政府关于印发广州市促进消费若干措施的通知",
                "广州市人民政府办公厅关于做好春季森林防火工作的通知",
                "《广州市促进消费若干措施》政策解读"), docs.stream().map(Document::title).toList());

        Document first = docs.get(0);
        assertEquals("穗府〔2023〕3号", first.number().normalized());
        assertEquals(List.of("广州市人民政府"), first.issuers());
        assertEquals(LocalDate.of(2023, 2, 28), first.signed());
        assertEquals("市政府文件", first.section());
        assertEquals("自印发之日起施行", first.effective());
        assertEquals(Validity.until(LocalDate.of(2024, 12, 31)), first.validity(), "有效期至… is a last day, not a number of years");
        assertEquals(List.of("《中华人民共和国价格法》"), first.cites().stream().map(Citation::key).toList());

        Document second = docs.get(1);
        assertEquals("穗府办函〔2023〕12号", second.number().normalized());
        assertEquals("市政府办公厅文件", second.section(), "matched to its TOC entry by title despite the number");
        assertEquals(Validity.years(3), second.validity());
        assertEquals(List.of("《中华人民共和国森林法》", "国务院令第541号", "穗府〔2023〕3号", "穗府办〔2019〕5号"),
                second.cites().stream().map(Citation::key).toList());
        assertEquals(List.of("穗府办〔2019〕5号"), second.repeals().stream().map(Citation::key).toList());
        assertEquals(LocalDate.of(2023, 3, 1), second.signed());

        Document third = docs.get(2);
        assertEquals("解读", third.type());
        assertEquals("广州市促进消费若干措施", third.explains().title());
        assertEquals(List.of("穗府〔2023〕3号"), third.cites().stream().map(Citation::key).toList());
    }

    @Test
    void reportsTheDisagreementAndTheUnplacedLine() {
        List<Diagnostic> diagnostics = Lines.parse(TEXT).diagnostics();
        Diagnostic mismatch = diagnostics.stream().filter(d -> d.code().equals("toc-number-mismatch")).findFirst().orElseThrow();
        assertEquals(12, mismatch.line(), "an entry is reported at its first line");
        assertTrue(mismatch.message().contains("穗府办函[2022]12号") && mismatch.message().contains("穗府办函〔2023〕12号"),
                mismatch.message());
        assertTrue(diagnostics.stream().anyMatch(d -> d.line() == 15 && d.code().startsWith("toc-title-without")),
                "the stray line inside the TOC is reported: " + diagnostics);
    }

    @Test
    void aDocumentSignedLongAfterItsIssueIsAMisreadDate() {
        // The first document's year misread (2032 for 2023); the second signed a few days after the
        // issue's date, as an issue printed late may hold: not reported.
        String text = TEXT.replace("2023年2月28日", "2032年2月28日").replace("2023年3月1日", "2023年3月14日");
        List<Diagnostic> late = Lines.parse(text).diagnostics().stream().filter(d -> d.code().equals("date-after-issue")).toList();
        assertEquals(1, late.size(), late.toString());
        assertEquals(23, late.get(0).line(), "the line that gives the date");
        assertEquals("signed 2032-02-28, after the issue that publishes it (2023-03-10): a misread date?", late.get(0).message());
        assertTrue(Lines.parse(TEXT).diagnostics().stream().noneMatch(d -> d.code().equals("date-after-issue")));
    }

    @Test
    void stitchesAPageBreakContinuationBackIntoItsDocument() {
        ParsedSource parsed = Lines.parse("""
                长沙市人民政府关于甲事项的通知
                长政发〔2023〕1号
                各区县（市）人民政府：
                一、第一项要求，内容较长。（下转第5页）
                长沙市人民政府
                关于乙事项的通知
                长政发〔2023〕2号
                各区县（市）人民政府：
                乙事项的全部内容。
                长沙市人民政府
                2023年1月9日
                （上接第3页）
                二、第二项要求。
                长沙市人民政府
                2023年1月8日
                """);
        Document first = parsed.documents().get(0);
        Document second = parsed.documents().get(1);
        assertEquals(LocalDate.of(2023, 1, 8), first.signed(), "the signature came after the continuation");
        assertEquals(15, first.endLine());
        assertEquals(11, second.endLine());
        assertEquals(LocalDate.of(2023, 1, 9), second.signed());
        assertTrue(parsed.diagnostics().stream().anyMatch(d -> d.code().equals("continuation-stitched") && d.line() == 12));
    }

    @Test
    void textWithoutAnyDocumentHeaderIsReportedNotDropped() {
        ParsedSource parsed = Lines.parse("这是一段没有文号、没有标题的文字。\n第二行。\n");
        assertTrue(parsed.documents().isEmpty());
        assertEquals("no-documents", parsed.diagnostics().get(0).code());
    }

    @Test
    void aNumberInBracketsUnderItsTitleAndAnAnnouncementWithoutItsYearEachStartADocument() {
        // Both had been read into the document before them, or reported line by line as unplaced.
        ParsedSource parsed = Lines.parse("""
                广东省人民政府关于印发广东省推动大规模设备更新实施方案的通知
                （粤府〔2024〕35号）
                各地级以上市人民政府，省政府各部门、各直属机构：
                现将《广东省推动大规模设备更新实施方案》印发给你们，请认真组织实施。
                广东省人民政府
                2024年5月10日
                """ + YEARLESS_NOTICE);
        List<Document> docs = parsed.documents();
        assertEquals(2, docs.size(), docs.toString());
        assertEquals("粤府〔2024〕35号", docs.get(0).number().normalized());
        assertEquals("粤府〔2024〕35号", docs.get(0).number().source(), "without its brackets");
        assertEquals("广东省人民政府关于印发广东省推动大规模设备更新实施方案的通知", docs.get(0).title());
        assertEquals(6, docs.get(0).endLine());

        Document notice = docs.get(1);
        assertEquals("深圳市人民政府通告2024年第3号", notice.number().normalized(), "the year it was signed in");
        assertEquals("深圳市人民政府通告 第3号", notice.number().source());
        assertEquals("深圳市人民政府通告", notice.title(), "named by its heading: it has no title of its own");
        assertEquals("通告", notice.type());
        assertEquals(7, notice.startLine());
        assertEquals(List.of(), parsed.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList());
    }

    @Test
    void organsSignedSideBySideAreEachAnIssuer() {
        ParsedSource parsed = Lines.parse("""
                教育部等五部门关于实施教育家精神铸魂强师行动的意见
                教师〔2024〕5号
                各省、自治区、直辖市教育厅（教委）、党委组织部：
                现就实施教育家精神铸魂强师行动提出如下意见。
                教育部　中央组织部　中央宣传部
                中央机构编制委员会办公室　人力资源社会保障部
                2024年4月10日
                国家发展改革委关于进一步完善政府和社会资本合作机制的通知
                发改投资〔2024〕360号
                各省、自治区、直辖市人民政府：
                现就有关事项通知如下。
                湖南省人民政府 办公厅
                财　政　部
                2024年4月12日
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of("教育部", "中央组织部", "中央宣传部", "中央机构编制委员会办公室", "人力资源社会保障部"),
                docs.get(0).issuers());
        assertEquals(List.of("湖南省人民政府办公厅", "财政部"), docs.get(1).issuers(),
                "a gap inside one name, and a name spaced out, are one organ each");
    }

    @Test
    void aDecisionUnderItsAdoptionNoteIsADocumentButNotOneAnOrderPromulgates() {
        // No 目录 lists them: the adoption note alone must start the decision.
        ParsedSource parsed = Lines.parse("""
                全国人民代表大会常务委员会关于批准《中华人民共和国和某国引渡条约》的决定
                （2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）
                第十四届全国人民代表大会常务委员会第十次会议决定：批准该条约。
                中华人民共和国主席令
                第三十四号
                《全国人民代表大会常务委员会关于修改〈中华人民共和国学前教育法〉的决定》已由中华人民共和国第十四届全国人民代表大会常务委员会第十二次会议于2024年11月8日通过，现予公布，自公布之日起施行。
                中华人民共和国主席　习近平
                2024年11月8日
                全国人民代表大会常务委员会关于修改《中华人民共和国学前教育法》的决定
                （2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议通过）
                第十四届全国人民代表大会常务委员会第十二次会议决定对《中华人民共和国学前教育法》作如下修改。
                全国人民代表大会常务委员会关于授权国务院在自由贸易试验区暂时调整适用有关法律规定的决定
                （1989年12月26日第七届全国人民代表大会常务委员会第十一次会议通过　2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议修订）
                本决定自2024年12月1日起施行。
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 4, 12), docs.stream().map(Document::startLine).toList(), docs.toString());
        assertEquals("全国人民代表大会常务委员会关于批准《中华人民共和国和某国引渡条约》的决定", docs.get(0).title());
        assertEquals(LocalDate.of(2024, 6, 28), docs.get(0).signed());
        assertEquals(List.of("全国人民代表大会常务委员会"), docs.get(0).issuers());
        assertEquals("全国人民代表大会常务委员会关于修改《中华人民共和国学前教育法》的决定", docs.get(1).title(),
                "the decision the order promulgates is the order's document");
        assertEquals("中华人民共和国主席令第34号", docs.get(1).order().normalized());
        assertEquals(LocalDate.of(2024, 11, 8), docs.get(2).signed(), "the revision's day: the text printed is the revised one");
    }

    @Test
    void aReportIsADocumentFromItsDateline() {
        // Without 文号 and after a notice, in a source no 目录 lists: it had been read into the notice.
        ParsedSource parsed = Lines.parse("""
                永州市人民政府关于做好春季森林防火工作的通知
                永政发〔2024〕3号
                各县区人民政府，市政府各部门：
                现就有关事项通知如下。
                永州市人民政府
                2024年1月5日
                湖南省人民政府
                工作报告
                ——2024年1月22日在湖南省第十四届人民代表大会第二次会议上
                湖南省省长　毛伟明
                各位代表：
                现在，我代表省人民政府，向大会报告工作，请予审议。
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 7), docs.stream().map(Document::startLine).toList(), docs.toString());
        Document report = docs.get(1);
        assertEquals("湖南省人民政府工作报告", report.title());
        assertEquals("报告", report.type());
        assertEquals(LocalDate.of(2024, 1, 22), report.signed());
        assertEquals(List.of("湖南省人民政府"), report.issuers());
        assertEquals(6, docs.get(0).endLine());
        assertTrue(Dates.dateline("——2024年1月22日在湖南省第十四届人民代表大会第二次会议上的讲话").isPresent());
        assertTrue(Dates.dateline("2024年1月22日在湖南省第十四届人民代表大会第二次会议上").isEmpty(), "no dash: a sentence's start");
    }

    @Test
    void aTrialRegulationUnderItsNoteAndTheDaysAfterAndLastDayOfANotice() {
        // The regulation's title ends in （试行）: it had been read into the notice before, whose dates it then gave.
        ParsedSource parsed = Lines.parse("""
                湖南省人民政府关于印发《湖南省数据资源管理办法（试行）》的通知
                湘政发〔2024〕11号
                各市州人民政府，省政府各厅委、各直属机构：
                现将《湖南省数据资源管理办法（试行）》印发给你们，请认真贯彻执行。本通知自发布之日起30日后施行。
                湖南省人民政府
                二〇二四年五月十日
                湖南省地方金融监督管理暂行办法（试行）
                （2024年3月1日湖南省人民政府令第320号公布　自2024年5月1日起施行）
                第一条　为了加强地方金融监督管理，制定本办法。
                第二条　本办法自2024年5月1日起实施。
                湖南省人民政府办公厅关于做好2024年春耕生产工作的通知
                湘政办发〔2024〕5号
                各市州人民政府，省政府各厅委、各直属机构：
                一、做好春耕准备。本通知自2024年3月15日起实施，有效期截至2025年3月14日。
                湖南省人民政府办公厅
                2024年3月1日
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 7, 11), docs.stream().map(Document::startLine).toList(), docs.toString());
        assertEquals("自发布之日起30日后施行", docs.get(0).effective(), "the rule as printed: its day is counted for the status");
        assertEquals("湖南省地方金融监督管理暂行办法（试行）", docs.get(1).title());
        assertEquals("办法", DocumentTypes.of(docs.get(1).title()));
        assertEquals("湖南省人民政府令第320号", docs.get(1).order().normalized());
        assertEquals("2024-05-01", docs.get(1).effective());
        assertEquals(Validity.until(LocalDate.of(2025, 3, 14)), docs.get(2).validity());
    }

    @Test
    void aRegistrationCodeBetweenTheTitleAndTheNumberIsTheDocuments() {
        ParsedSource parsed = Lines.parse("""
                浙江省人民政府关于印发浙江省促进民营经济高质量发展若干措施的通知
                ZJSP00-2024-0003
                浙政发〔2024〕5号
                各市、县（市、区）人民政府，省政府直属各单位：
                现将《浙江省促进民营经济高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。
                浙江省人民政府
                2024年2月20日
                """);
        Document d = parsed.documents().get(0);
        assertEquals("浙江省人民政府关于印发浙江省促进民营经济高质量发展若干措施的通知", d.title());
        assertEquals("ZJSP00-2024-0003", d.registration().normalized());
        assertEquals(1, d.startLine());
        assertEquals(List.of(), parsed.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList());
    }

    @Test
    void anOrdinalSpacedOutAndAnAdoptionNoteWrappedOverTwoLinesAreRead() {
        ParsedSource parsed = Lines.parse("""
                中华人民共和国主席令
                第 三 十 四 号
                《中华人民共和国学前教育法》已由中华人民共和国第十四届全国人民代表大会常务委员会第十二次会议于2024年11月8日通过，现予公布。
                中华人民共和国主席 习近平
                2024 年 11 月 8 日
                中华人民共和国学前教育法
                第一条　为了保障适龄儿童接受学前教育，制定本法。
                全国人民代表大会常务委员会关于
                授权国务院在自由贸易试验区暂时调整
                适用有关法律规定的决定
                （2024年11月8日第十四届全国人民代表大会
                常务委员会第十二次会议通过）
                本决定自2024年12月1日起施行。
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 8), docs.stream().map(Document::startLine).toList(), docs.toString());
        assertEquals("中华人民共和国主席令第34号", docs.get(0).order().normalized());
        Document decision = docs.get(1);
        assertEquals("全国人民代表大会常务委员会关于授权国务院在自由贸易试验区暂时调整适用有关法律规定的决定", decision.title());
        assertEquals(LocalDate.of(2024, 11, 8), decision.signed());
        assertEquals("2024-12-01", decision.effective());
        assertEquals(List.of("（2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议通过）", "本决定自2024年12月1日起施行。"),
                decision.body().stream().map(b -> ((org.gazette.model.Block.Paragraph) b).text()).toList(),
                "the note, both its lines, stays in the text, a paragraph of its own");
    }

    @Test
    void aJointDocumentOrASpeechDatedInBracketsUnderItsTitleIsADocument() {
        ParsedSource parsed = Lines.parse(NUMBERED_OPINION + """
                中共中央　国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见
                （2024年1月1日）
                推进中国式现代化，必须坚持不懈夯实农业基础。
                在全省优化营商环境大会上的讲话
                （2024年2月20日）
                同志们：今天召开大会。
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 7, 10), docs.stream().map(Document::startLine).toList(), docs.toString());
        assertEquals("中共中央国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见", docs.get(1).title());
        assertEquals(LocalDate.of(2024, 1, 1), docs.get(1).signed());
        assertEquals(List.of("中共中央", "国务院"), docs.get(1).issuers(), "organs that issue it together, apart in the title as printed");
        assertEquals("在全省优化营商环境大会上的讲话", docs.get(2).title());
        assertEquals(LocalDate.of(2024, 2, 20), docs.get(2).signed());
    }

    @Test
    void aNumberLineWithTheRegistrationCodeOrTheSignerBesideItStartsADocument() {
        // Neither had been a number line: both documents were lost, every line reported as unplaced.
        ParsedSource parsed = Lines.parse("""
                湖南省人民政府关于印发《湖南省促进数字经济发展若干措施》的通知
                湘政发〔2024〕9号　HNPR—2024—00005
                各市州人民政府，省政府各厅委、各直属机构：
                现将方案印发给你们。
                湖南省人民政府
                2024年3月1日
                湖南省人民政府关于2023年全省依法行政工作情况的报告
                湘政报〔2024〕3号　　签发人：毛伟明
                国务院：
                现将我省2023年依法行政工作情况报告如下。
                湖南省人民政府
                2024年3月20日
                """);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 7), docs.stream().map(Document::startLine).toList(), docs.toString());
        assertEquals("HNPR-2024-00005", docs.get(0).registration().normalized());
        assertEquals("湘政报〔2024〕3号", docs.get(1).number().normalized());
        assertEquals("国务院：", docs.get(1).addressees());
        assertEquals(List.of(), parsed.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList());
    }

    @Test
    void aNumberInBracketsOnTheTitlesLineIsTheDocumentsNumber() {
        ParsedSource parsed = Lines.parse("""
                湖南省人民政府关于印发《湖南省促进数字经济发展若干措施》的通知（湘政发〔2024〕9号）
                各市州人民政府，省政府各厅委、各直属机构：
                现将方案印发给你们。
                湖南省人民政府
                2024年3月1日
                湖南省人民政府办公厅关于做好2024年春耕生产工作的通知（湘政办发〔2024〕5号）
                各市州人民政府，省政府各厅委、各直属机构：
                一、做好春耕准备。
                湖南省人民政府办公厅
                2024年3月1日
                """);
        assertEquals(List.of("湘政发〔2024〕9号", "湘政办发〔2024〕5号"),
                parsed.documents().stream().map(d -> d.number().normalized()).toList());
        assertEquals("湖南省人民政府办公厅关于做好2024年春耕生产工作的通知", parsed.documents().get(1).title(), "the number out of the title");
    }

    @Test
    void aNoticeWithoutANumberAfterADocumentsPrintingLineIsADocument() {
        // The 版记 (抄送… / …印发) ends the document before as its date does.
        ParsedSource parsed = Lines.parse("""
                永州市人民政府办公室关于做好2024年防汛工作的通知
                永政办发〔2024〕8号
                各县区人民政府，市政府各部门：
                为做好防汛工作，现就有关事项通知如下。
                永州市人民政府办公室
                2024年4月1日
                抄送：市委各部门，市人大常委会办公室，市政协办公室。
                永州市人民政府办公室　　　　2024年4月2日印发
                永州市人民政府办公室关于做好2024年森林防火工作的通知
                各县区人民政府，市政府各部门：
                为做好森林防火工作，现就有关事项通知如下。
                永州市人民政府办公室
                2024年4月5日
                """);
        assertEquals(List.of(1, 9), parsed.documents().stream().map(Document::startLine).toList());
        assertEquals(8, parsed.documents().get(0).endLine(), "the 版记 stays with the document it closes");
    }

    @Test
    void anAnnexDatedUnderItsTitleStaysInTheNoticeItIsAttachedTo() {
        ParsedSource parsed = Lines.parse(NUMBERED_OPINION + """
                附件2
                加快构建废弃物循环利用体系重点任务分工方案
                （2024年2月6日）
                一、加强废弃物分类处理。
                """);
        assertEquals(List.of(1), parsed.documents().stream().map(Document::startLine).toList(), "its notice does not name it");
    }

    @Test
    void theStateCouncilsAppointmentListIsDatedByTheDateUnderItsTitle() {
        ParsedSource parsed = Lines.parse(NUMBERED_OPINION + """
                国务院任免国家工作人员
                （2024年2月10日）
                任命张三为教育部副部长；免去李四的水利部副部长职务。
                """);
        assertEquals(List.of(1, 7), parsed.documents().stream().map(Document::startLine).toList());
        assertEquals(List.of("张三 appoint 2024-02-10", "李四 remove 2024-02-10"), parsed.appointments().stream()
                .map(a -> a.person() + " " + a.action().code() + " " + a.signed()).toList());
        assertEquals(List.of(), parsed.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList(),
                "the date is no unparsed sentence");
    }

    @Test
    void aRegulationAnAnnouncementPromulgatesIsTheAnnouncementsDocumentAsAnOrdersIs() {
        // A people's congress publishes its local regulations by an announcement without a title of its own.
        ParsedSource parsed = Lines.parse("""
                湖南省人民代表大会常务委员会公告
                第5号
                《湖南省优化营商环境条例》已由湖南省第十四届人民代表大会常务委员会第九次会议于2024年3月28日通过，现予公布，自2024年6月1日起施行。
                湖南省人民代表大会常务委员会
                2024年3月28日
                湖南省优化营商环境条例
                （2024年3月28日湖南省第十四届人民代表大会常务委员会第九次会议通过）
                第一条　为了持续优化营商环境，制定本条例。
                第二条　本条例自2024年6月1日起施行。
                """ + YEARLESS_NOTICE);
        List<Document> docs = parsed.documents();
        assertEquals(List.of(1, 10), docs.stream().map(Document::startLine).toList(), docs.toString());
        Document regulation = docs.get(0);
        assertEquals("湖南省优化营商环境条例", regulation.title());
        assertEquals("条例", regulation.type());
        assertEquals("湖南省人民代表大会常务委员会公告2024年第5号", regulation.number().normalized());
        assertEquals(List.of("湖南省人民代表大会常务委员会"), regulation.issuers());
        assertEquals("2024-06-01", regulation.effective());
        assertEquals("深圳市人民政府通告", docs.get(1).title(), "an announcement that promulgates nothing is named by its heading");
    }

    @Test
    void aNumberInBracketsWithoutAddresseesAfterItIsNoDocumentsStart() {
        // A 目录's reference line looks the same; it is followed by the next entry, not by addressees.
        ParsedSource parsed = Lines.parse("""
                目  录
                广东省人民政府关于印发广东省推动大规模设备更新实施方案的通知
                （粤府〔2024〕35号）
                广东省人民政府办公厅关于进一步加强消防工作的通知
                （粤办函〔2024〕120号）

                广东省人民政府关于印发广东省推动大规模设备更新实施方案的通知
                粤府〔2024〕35号
                各地级以上市人民政府，省政府各部门、各直属机构：
                现将方案印发给你们。
                广东省人民政府
                2024年5月10日
                """);
        assertEquals(List.of(7), parsed.documents().stream().map(Document::startLine).toList());
        assertEquals(2, parsed.toc().entries().size());
    }

    @Test
    void documentsWithoutNumbersAmongNumberedOnesAreFoundByTheirTitles() {
        // A report and a notice without 文号 had been read into the numbered notice before them; the
        // 目录 lists both by title alone, and the second notice follows a date with its addressees.
        ParsedSource parsed = Lines.parse("""
                某某市人民政府公报
                2024年第3期（总第100期）
                目 录
                市政府文件
                某某市人民政府关于印发某某市优化营商环境若干措施的通知
                （某政发〔2024〕1号）……………………（2）
                重要讲话
                政府工作报告……………………（5）

                某某市人民政府关于印发某某市优化营商环境若干措施的通知
                某政发〔2024〕1号
                各县市区人民政府，市直各单位：
                现将《某某市优化营商环境若干措施》印发给你们，请认真贯彻执行。
                某某市人民政府
                2024年2月1日
                政府工作报告
                ——2024年1月10日在某某市第十届人民代表大会第四次会议上
                各位代表：
                过去一年，我们坚持稳中求进。
                某某市人民政府办公室关于做好春耕生产工作的通知
                各县市区人民政府，市直各单位：
                为做好今年春耕生产工作，现就有关事项通知如下。
                某某市人民政府办公室
                2024年3月1日
                某某市人民政府办公室关于做好防汛工作的通知
                各县市区人民政府，市直各单位：
                为做好防汛工作，现就有关事项通知如下。
                某某市人民政府办公室
                2024年3月5日
                """);
        assertEquals(List.of("某某市人民政府关于印发某某市优化营商环境若干措施的通知", "政府工作报告",
                "某某市人民政府办公室关于做好防汛工作的通知"), parsed.documents().stream().map(Document::title).toList(),
                "the report by the 目录; the last notice after a date; the notice after the report, which ends without one, "
                        + "is neither listed nor after a date: part of the report");
        assertEquals(List.of("市政府文件", "重要讲话"), parsed.toc().sections());
        assertEquals("重要讲话", parsed.documents().get(1).section());
        assertEquals(List.of(10, 16, 25), parsed.documents().stream().map(Document::startLine).toList());
    }

    @Test
    void theRegulationAnOrderPromulgatesIsNotADocumentOfItsOwnThoughTheContentsListItsTitle() {
        ParsedSource parsed = Lines.parse("""
                目 录
                湖南省城市房地产开发经营管理办法……………………（3）

                湖南省人民政府令
                第321号
                《湖南省城市房地产开发经营管理办法》已经2024年6月24日省人民政府第38次常务会议审议通过，现予公布，自2024年8月1日起施行。
                省长　毛伟明
                2024年7月5日
                湖南省城市房地产开发经营管理办法
                第一条　为了规范城市房地产开发经营活动，制定本办法。
                """);
        assertEquals(List.of("湖南省城市房地产开发经营管理办法"), parsed.documents().stream().map(Document::title).toList());
        assertEquals("湖南省人民政府令第321号", parsed.documents().get(0).order().normalized());
    }

    @Test
    void theMeasuresANoticePublishesStayInItThoughTheContentsListThemByTitle() {
        ParsedSource parsed = Lines.parse("""
                目 录
                某某市人民政府关于印发某某市优化营商环境
                若干措施的通知（某政发〔2024〕1号）……（2）
                某某市优化营商环境若干措施……（3）

                某某市人民政府关于印发《某某市优化营商环境
                若干措施》的通知
                某政发〔2024〕1号
                各县市区人民政府，市直各单位：
                现将《某某市优化营商环境若干措施》印发给你们，请认真贯彻执行。
                某某市人民政府
                2024年2月1日
                某某市优化营商环境若干措施
                一、压减审批时限。
                """);
        assertEquals(List.of("某某市人民政府关于印发《某某市优化营商环境若干措施》的通知"),
                parsed.documents().stream().map(Document::title).toList());
        assertEquals(14, parsed.documents().get(0).endLine());
    }
}
