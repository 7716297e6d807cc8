package org.gazette.parse.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Appointment;
import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.SourceText;

class AppointmentParserTest {

    private static ParsedSource notice(String title, String preamble, String body) {
        return new SourceParser().parse(SourceText.of("n.txt", """
                %s
                永政人〔2023〕9号
                各县市区人民政府，市人民政府各办委局：
                %s
                %s
                永州市人民政府
                2023年5月6日
                """.formatted(title, preamble, body)));
    }

    private static List<String> records(ParsedSource parsed) {
        return parsed.appointments().stream().map(a -> String.join(" ", a.person(), String.valueOf(a.gender()),
                a.action().code(), a.position(), String.valueOf(a.organization()), String.valueOf(a.post()),
                String.valueOf(a.probation()), String.valueOf(a.term()))).toList();
    }

    @Test
    void appointmentWithGenderMarkProbationAndRemovalOfTheSamePerson() {
        ParsedSource p = notice("永州市人民政府关于刘航等同志职务任免的通知", "市人民政府决定：", """
                刘航（女）同志任市卫生健康局副局长（试用期一年），免去其市疾病预防控制中心主任职务；
                免去汪学高的湖南高新创业投资集团有限公司董事长职务。
                """);
        assertEquals(List.of(
                "刘航 女 appoint 市卫生健康局副局长 市卫生健康局 副局长 一年 null",
                "刘航 女 remove 市疾病预防控制中心主任 市疾病预防控制中心 主任 null null",
                "汪学高 null remove 湖南高新创业投资集团有限公司董事长 湖南高新创业投资集团有限公司 董事长 null null"), records(p));
        Appointment first = p.appointments().get(0);
        assertEquals("永政人〔2023〕9号", first.docNumber());
        assertEquals("永州市人民政府", first.jurisdiction());
        assertEquals(java.time.LocalDate.of(2023, 5, 6), first.signed());
        assertEquals(5, first.line());
    }

    @Test
    void severalPeopleSecondedInOneSentenceEachGetARecordAndTheClosingNoteIsANote() {
        ParsedSource p = notice("永州市人民政府关于文彦等同志挂职的通知", "市人民政府决定：", """
                何俊华、杨磊同志挂职任永州经济技术开发区管委会副主任，挂职时间两年。
                挂职期满职务自行免除，不再办理免职手续。
                """);
        assertEquals(List.of(
                "何俊华 null second 永州经济技术开发区管委会副主任 永州经济技术开发区管委会 副主任 null 两年",
                "杨磊 null second 永州经济技术开发区管委会副主任 永州经济技术开发区管委会 副主任 null 两年"), records(p));
        assertEquals("挂职期满职务自行免除，不再办理免职手续", p.appointmentNotes().get(0).text());
    }

    @Test
    void aNoticeInTheStateCouncilsFormAppointsAByNamingThePosition() {
        // 任命A为P: the State Council's and many provinces' form, which had been reported as unparsed.
        ParsedSource p = notice("永州市人民政府关于张为民等同志职务任免的通知", "市人民政府决定：", """
                任命张为民为市发展和改革委员会副主任；
                任命李四为市教育局副局长，享受正处级待遇；
                聘任赵六为市人民政府参事。
                """);
        assertEquals(List.of(
                "张为民 null appoint 市发展和改革委员会副主任 市发展和改革委员会 副主任 null null",
                "赵六 null appoint 市人民政府参事 市人民政府 参事 null null"), records(p), "a name with 为 in it read whole");
        assertEquals(List.of(6), p.diagnostics().stream().filter(d -> d.code().equals("appointment-unparsed"))
                .map(d -> d.line()).toList(), "a clause that fits no form is told, not half read");

        ParsedSource two = notice("永州市人民政府关于李四等同志职务任免的通知", "市人民政府决定：", """
                任命李四（女）、王小五同志为市教育局副局长，免去其市科学技术局副局长职务。
                """);
        assertEquals(List.of(
                "李四 女 appoint 市教育局副局长 市教育局 副局长 null null",
                "李四 女 remove 市科学技术局副局长 市科学技术局 副局长 null null",
                "王小五 null appoint 市教育局副局长 市教育局 副局长 null null",
                "王小五 null remove 市科学技术局副局长 市科学技术局 副局长 null null"), records(two));
    }

    @Test
    void aFurtherPostHeldWithTheOthersIsAConcurrentAppointment() {
        ParsedSource p = notice("永州市人民政府关于张三等同志职务任免的通知", "经研究决定：", """
                张三同志任市发展和改革委员会主任，兼任市粮食和物资储备局局长，免去其市财政局副局长职务；
                李四同志兼任市金融工作办公室主任。
                """);
        assertEquals(List.of(
                "张三 null appoint 市发展和改革委员会主任 市发展和改革委员会 主任 null null",
                "张三 null concurrent 市粮食和物资储备局局长 市粮食和物资储备局 局长 null null",
                "张三 null remove 市财政局副局长 市财政局 副局长 null null",
                "李四 null concurrent 市金融工作办公室主任 市金融工作办公室 主任 null null"), records(p));
        assertEquals(List.of(), p.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aListUnderItsVerbReadsEachItemAsIfTheVerbStoodBeforeIt() {
        ParsedSource p = notice("永州市人民政府关于张三等职务任免的通知", "市政府决定：", """
                任命：
                张三为市发展和改革委员会副主任；
                李四（女）为市财政局副局长（试用期一年）。
                免去：王五的市教育局副局长职务；
                赵六的市商务局副局长职务。
                """);
        assertEquals(List.of(
                "张三 null appoint 市发展和改革委员会副主任 市发展和改革委员会 副主任 null null",
                "李四 女 appoint 市财政局副局长 市财政局 副局长 一年 null",
                "王五 null remove 市教育局副局长 市教育局 副局长 null null",
                "赵六 null remove 市商务局副局长 市商务局 副局长 null null"), records(p));
        assertEquals(List.of(), p.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void anAppointmentWithoutTheWordComradeIsReadButNotTheNoticesOwnSentences() {
        ParsedSource p = notice("长沙市人民政府关于王建国等任免职的通知", "市人民政府决定：", """
                王建国任市发展和改革委员会主任；
                李红（女）、任志强任市教育局副局长（试用期一年）；
                欧阳明月兼任市金融工作办公室主任；
                上述人员任职时间从发文之日起计算；
                经考核合格后任市财政局副局长。
                """);
        assertEquals(List.of(
                "王建国 null appoint 市发展和改革委员会主任 市发展和改革委员会 主任 null null",
                "李红 女 appoint 市教育局副局长 市教育局 副局长 一年 null",
                "任志强 null appoint 市教育局副局长 市教育局 副局长 一年 null",
                "欧阳明月 null concurrent 市金融工作办公室主任 市金融工作办公室 主任 null null"), records(p));
        assertEquals(List.of("上述人员任职时间从发文之日起计算"), p.appointmentNotes().stream().map(n -> n.text()).toList());
        assertEquals(List.of("appointment-unparsed"), p.diagnostics().stream().map(Diagnostic::code).toList(),
                "reported, not read as an appointment of 经考核");
    }

    @Test
    void peopleWhoEachTakeThePositionOrTheOneInTheSamePlaceOfAList() {
        ParsedSource p = notice("长沙市人民政府关于张三等职务任免的通知", "市人民政府决定：", """
                张三、李四均任市统计局副局长；
                王五、赵六同志分别任市教育局副局长、市财政局副局长（试用期一年）；
                孙七、周八分别挂职任市商务局副局长、市科技局副局长，挂职时间两年；
                吴九、郑十分别任市水利局副局长。
                """);
        assertEquals(List.of(
                "张三 null appoint 市统计局副局长 市统计局 副局长 null null",
                "李四 null appoint 市统计局副局长 市统计局 副局长 null null",
                "王五 null appoint 市教育局副局长 市教育局 副局长 null null",
                "赵六 null appoint 市财政局副局长 市财政局 副局长 一年 null",
                "孙七 null second 市商务局副局长 市商务局 副局长 null 两年",
                "周八 null second 市科技局副局长 市科技局 副局长 null 两年"), records(p));
        assertEquals(List.of("appointment-unparsed"), p.diagnostics().stream().map(Diagnostic::code).toList(),
                "two people and one position 分别: reported, not guessed");
    }

    @Test
    void aPositionListingPostsOfOneOrganisationIsOneRecordForEachPost() {
        ParsedSource p = notice("长沙市人民政府关于陈刚等职务任免的通知", "市人民政府决定：", """
                陈刚同志任市交通运输局局长、党组书记（试用期一年），免去其市城市管理和综合执法局局长、一级调研员职务；
                免去周平的市人民政府副秘书长、办公厅主任职务；
                吴敏同志任市委副书记、市长；
                郑洁同志任市住房和城乡建设局、市人民防空办公室主任。
                """);
        assertEquals(List.of(
                "陈刚 null appoint 市交通运输局局长 市交通运输局 局长 一年 null",
                "陈刚 null appoint 市交通运输局党组书记 市交通运输局 党组书记 一年 null",
                "陈刚 null remove 市城市管理和综合执法局局长 市城市管理和综合执法局 局长 null null",
                "陈刚 null remove 市城市管理和综合执法局一级调研员 市城市管理和综合执法局 一级调研员 null null",
                "周平 null remove 市人民政府副秘书长 市人民政府 副秘书长 null null",
                "周平 null remove 办公厅主任 办公厅 主任 null null",
                "吴敏 null appoint 市委副书记、市长 null null null null",
                "郑洁 null appoint 市住房和城乡建设局、市人民防空办公室主任 市住房和城乡建设局、市人民防空办公室 主任 null null"),
                records(p));
    }

    @Test
    void aListHeadedByThePreambleWithItsVerbIsAList() {
        ParsedSource p = notice("长沙市人民政府关于张三等职务任免的通知", "市人民政府决定任命：", """
                张三为市发展和改革委员会副主任；
                李四为市财政局副局长。
                经研究决定，免去：王五的市教育局副局长职务。
                """);
        assertEquals(List.of(
                "张三 null appoint 市发展和改革委员会副主任 市发展和改革委员会 副主任 null null",
                "李四 null appoint 市财政局副局长 市财政局 副局长 null null",
                "王五 null remove 市教育局副局长 市教育局 副局长 null null"), records(p));
        assertEquals(List.of(), p.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void underAConfirmationPreambleAnAppointmentSentenceIsAConfirmation() {
        ParsedSource p = notice("永州市人民政府关于陆强耀同志正式任职的通知", "下列同志任职试用期已满，市人民政府同意正式任职：",
                "陆强耀同志任市公安局巡特警支队支队长。");
        assertEquals(List.of("陆强耀 null confirm 市公安局巡特警支队支队长 市公安局巡特警支队 支队长 null null"), records(p));
    }

    @Test
    void sentencesBrokenAcrossLinesAreJoinedFirst() {
        ParsedSource p = notice("蓝山县人民政府关于雷芳等同志职务任免的通知", "县人民政府决定：", """
                曾宪明同志任县科技和工业

                信息化局副局长，免去其县住房和

                城乡建设局副局长职务；
                """);
        assertEquals(List.of(
                "曾宪明 null appoint 县科技和工业信息化局副局长 县科技和工业信息化局 副局长 null null",
                "曾宪明 null remove 县住房和城乡建设局副局长 县住房和城乡建设局 副局长 null null"), records(p));
    }

    @Test
    void whatFitsNoFormIsReportedWithItsLine() {
        ParsedSource p = notice("永州市人民政府关于王五等同志职务任免的通知", "市人民政府决定：", """
                王五同志任市教育局副局长；
                赵六同志调往外地工作。
                """);
        assertEquals(1, p.appointments().size());
        Diagnostic d = p.diagnostics().stream().filter(x -> x.code().equals("appointment-unparsed")).findFirst().orElseThrow();
        assertEquals(6, d.line());
    }

    @Test
    void aPositionIsSplitOnlyWhereAPostWordEndsIt() {
        assertEquals(new PositionSplitter.Split("县融媒体中心（县广播电视台）", "副主任"),
                PositionSplitter.split("县融媒体中心（县广播电视台）副主任（副台长）"));
        assertEquals(new PositionSplitter.Split("市公安局", "常务副局长"), PositionSplitter.split("市公安局常务副局长"));
        PositionSplitter.Split none = PositionSplitter.split("湘江新区建设指挥部成员");
        assertNull(none.organization());
        assertNull(none.post());
    }
}
