package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;

class IdentifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "湘政发〔2024〕9号      | 湘政发〔2024〕9号",
            "蓝政发〔2022〕10 号    | 蓝政发〔2022〕10号",
            "国发[2016]51号         | 国发〔2016〕51号",
            "湘政办发［2020］34号   | 湘政办发〔2020〕34号",
            "湘政办发（2021）78号   | 湘政办发〔2021〕78号",
            "湘政办发(2021)78 号    | 湘政办发〔2021〕78号",
            "永政办发 〔2022〕 11号 | 永政办发〔2022〕11号",
            "湘政人〔2024〕第21号   | 湘政人〔2024〕21号",
            "长政发﹝2024﹞3号       | 长政发〔2024〕3号",
            "长政发【2024】3号      | 长政发〔2024〕3号",
            "' 湘卫发〔2024〕4号'   | 湘卫发〔2024〕4号"})
    void normalisesNumberLines(String printed, String normalised) {
        DocumentNumber n = Identifiers.documentNumberLine(printed).orElseThrow();
        assertEquals(normalised, n.normalized());
        assertEquals(printed.strip(), n.source());
    }

    @Test
    void aNumberLineMayCarryTheRegistrationCodeOrTheSigner() {
        // As the parser sees the lines: the ideographic spaces between them made ASCII ones (LineSplitter).
        DocumentNumber coded = Identifiers.documentNumberLine("湘政发〔2024〕9号  HNPR—2024—00005").orElseThrow();
        assertEquals("湘政发〔2024〕9号", coded.source(), "the number alone");
        DocumentNumber signed = Identifiers.documentNumberLine("湘政报〔2024〕3号      签发人：毛伟明").orElseThrow();
        assertEquals("湘政报〔2024〕3号", signed.source());
        assertTrue(Identifiers.documentNumberLine("湘政发〔2024〕9号 HNPR-2024").isEmpty(), "half a code: a line of text");
        assertTrue(Identifiers.documentNumberLine("湘政发〔2024〕9号 文件精神，现通知如下").isEmpty());
    }

    @Test
    void aJointDocumentsNumbersSideBySideAreTheLeadOrgansNumberShownWhole() {
        DocumentNumber joint = Identifiers.documentNumberLine("湘财社〔2024〕5号  湘人社发〔2024〕3号").orElseThrow();
        assertEquals("湘财社〔2024〕5号", joint.normalized());
        assertEquals("湘财社〔2024〕5号 湘人社发〔2024〕3号", joint.source(), "every number printed is shown");
        assertTrue(Identifiers.documentNumberLine("湘财社〔2024〕5号 湘人社发〔2024〕3号文件").isEmpty(), "text after them: not a header");
    }

    @Test
    void aNumberWithoutIssuingCodeIsNotANumberLine() {
        assertTrue(Identifiers.documentNumberLine("〔2023〕22 号").isEmpty());
        assertTrue(Identifiers.documentNumbers("见〔2023〕22 号").isEmpty());
    }

    @Test
    void findsNumbersInRunningTextWithoutTheWordsBeforeThem() {
        List<String> found = Identifiers.documentNumbers(
                "根据国发〔2016〕51号和《关于…的通知》（湘政办发[2017]78号）以及永自然资函〔2022〕675 号的要求").stream()
                .map(f -> f.value().normalized()).toList();
        assertEquals(List.of("国发〔2016〕51号", "湘政办发〔2017〕78号", "永自然资函〔2022〕675号"), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "HNPR—2024—00005 | HNPR-2024-00005",
            "YZCR-2022-01007 | YZCR-2022-01007",
            "LSDR—2022—01010 | LSDR-2022-01010",
            "HNPR－2024－20005 | HNPR-2024-20005",
            "HNPR - 2024 - 11007 | HNPR-2024-11007",
            "ZJSP00-2024-0003 | ZJSP00-2024-0003"})
    void normalisesRegistrationCodes(String printed, String normalised) {
        assertEquals(normalised, Identifiers.registrationLine(printed).orElseThrow().normalized());
    }

    @Test
    void readsOrderHeadersAndOrderCitations() {
        OrderNumber header = Identifiers.orderHeaderLine("湖南省人民政府令 第321号").orElseThrow();
        assertEquals("湖南省人民政府", header.issuer());
        assertEquals(321, header.number());
        assertTrue(Identifiers.orderHeaderLine("(湖南省人民政府令第321号) 3").isEmpty(), "a TOC reference is not a header");

        List<String> cited = Identifiers.orderNumbers(
                "《关键信息基础设施安全保护条例》（国务院令 第745号）、（国务院令735号）和（中华人民共和国主席令第84号）")
                .stream().map(f -> f.value().normalized()).toList();
        assertEquals(List.of("国务院令第745号", "国务院令第735号", "中华人民共和国主席令第84号"), cited);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "国家税务总局公告2024年第1号      | 国家税务总局公告2024年第1号 | 国家税务总局公告",
            "国家税务总局公告 2024 年第 1 号  | 国家税务总局公告2024年第1号 | 国家税务总局公告",
            "财政部 税务总局公告2023年第12号  | 财政部税务总局公告2023年第12号 | 财政部税务总局公告",
            "长沙市人民政府通告（2024年第3号） | 长沙市人民政府通告2024年第3号 | 长沙市人民政府通告"})
    void readsAnAnnouncementsNumberAsANumberOfItsOwnForm(String printed, String normalised, String agency) {
        DocumentNumber n = Identifiers.documentNumberLine(printed).orElseThrow();
        assertEquals(normalised, n.normalized());
        assertEquals(agency, n.agency());
        assertEquals(DocumentNumber.Form.YEAR_ORDINAL, n.form());
        assertEquals(printed.strip(), n.source());
    }

    @Test
    void findsAnnouncementsNumbersInRunningTextAmongOtherNumbers() {
        List<String> found = Identifiers.documentNumbers("《关于…的公告》（国家税务总局公告2023年第3号）和财税〔2023〕5号，"
                + "以及国家药监局关于…的公告（2024年第10号）和特此公告。2024年第2号").stream().map(f -> f.value().normalized()).toList();
        assertEquals(List.of("国家税务总局公告2023年第3号", "财税〔2023〕5号"), found,
                "in order; a title's words before 公告 are no organ, and 公告 must be followed by its number");
        assertTrue(Identifiers.documentNumberLine("2024年第16号（总号：1829）").isEmpty(), "an issue's number: no organ");
    }

    @Test
    void anAnnouncementCitedByItsTitleWithItsYearAndOrdinalAfterIt() {
        String text = "根据《国家税务总局关于个人所得税综合所得汇算清缴有关事项的公告》（2024年第1号）和《关于…的公告》（2024年第2号）";
        List<CitationFinder.Mention> mentions = CitationFinder.mentions(text, 3);
        assertEquals("国家税务总局公告2024年第1号", mentions.get(0).citation().key(), "the organ is the title's, before 关于");
        assertEquals(text.indexOf("）") + 1, mentions.get(0).end(), "the mention spans the brackets");
        assertEquals(null, mentions.get(1).citation().number(), "a title without an organ before 关于 gives no announcement's number");
    }

    @Test
    void readsOrdersNumberedByYearAndHeadersOverTwoLines() {
        OrderNumber header = Identifiers.orderHeaderLine("中华人民共和国商务部令 2024年第1号").orElseThrow();
        assertEquals(new OrderNumber("中华人民共和国商务部令 2024年第1号", "中华人民共和国商务部", 2024, 1), header);
        assertEquals("中华人民共和国商务部令2024年第1号", header.normalized());
        assertEquals("湖南省人民政府令第321号", Identifiers.orderHeaderLine("湖南省人民政府令 第321号").orElseThrow().normalized(),
                "a running series has no year");

        assertEquals(List.of("商务部令2023年第3号", "国务院令第745号"), Identifiers.orderNumbers(
                "《…办法》（商务部令2023年第3号）和《…条例》（国务院令第745号）").stream().map(f -> f.value().normalized()).toList());

        assertEquals("国家税务总局公告 2024年第1号", HeaderLines.splitHeader("国家税务总局公告", "2024年第1号"));
        assertEquals("中华人民共和国商务部令 第1号", HeaderLines.splitHeader(" 中华人民共和国商务部令", "第1号 "));
        assertEquals(null, HeaderLines.splitHeader("国家税务总局关于…的公告", "2024年第1号"), "a title is no header");
        assertEquals(null, HeaderLines.splitHeader("国家税务总局公告", "2024年第1季度"));
    }

    @Test
    void readsTheOrderAndDayOfARegulationsPromulgationNote() {
        Identifiers.Promulgation note = Identifiers.promulgationNote(
                "（2019年8月21日国家市场监督管理总局令第16号公布　根据2022年3月24日国家市场监督管理总局令第53号修正）").orElseThrow();
        assertEquals("国家市场监督管理总局令第16号", note.order().normalized(), "the order 公布 follows, not the amending one");
        assertEquals(LocalDate.of(2019, 8, 21), note.date());
        Identifiers.Promulgation law = Identifiers.promulgationNote(
                "（2024年1月5日国务院第25次常务会议通过　2024年2月1日中华人民共和国国务院令第777号公布　自2024年5月1日起施行）").orElseThrow();
        assertEquals(new OrderNumber("中华人民共和国国务院令第777号", "中华人民共和国国务院", 777), law.order());
        assertEquals(LocalDate.of(2024, 2, 1), law.date(), "the day it was promulgated, not the day it was adopted");
        assertTrue(Identifiers.promulgationNote("（此件公开发布）").isEmpty());
        assertTrue(Identifiers.promulgationNote("根据2019年8月21日国家市场监督管理总局令第16号公布的规定").isEmpty(), "a sentence, not a note");
        assertEquals(List.of("日照市人民政府令第5号"), Identifiers.orderNumbers("（日照市人民政府令第5号）").stream()
                .map(f -> f.value().normalized()).toList(), "日 begins an organ's name unless a date's digits are before it");
    }

    @Test
    void readsOrdersNumberedInChineseNumerals() {
        OrderNumber president = Identifiers.orderHeaderLine("中华人民共和国主席令 第三十四号").orElseThrow();
        assertEquals(new OrderNumber("中华人民共和国主席令 第三十四号", "中华人民共和国主席", 34), president);
        assertEquals("中华人民共和国主席令 第一百零五号", HeaderLines.splitHeader("中华人民共和国主席令", "第一百零五号"));
        assertEquals(105, Identifiers.orderHeaderLine("中华人民共和国主席令 第一百零五号").orElseThrow().number());
        assertEquals(List.of("中华人民共和国主席令第34号", "国务院令第797号"), Identifiers.orderNumbers(
                "《中华人民共和国学前教育法》（中华人民共和国主席令第三十四号）、《节约用水条例》（国务院令第797号）").stream()
                .map(f -> f.value().normalized()).toList());
        assertTrue(Identifiers.orderNumbers("依照本令一号文件").isEmpty(), "a numeral without 第 is no order's number");
        assertTrue(Identifiers.orderHeaderLine("中华人民共和国主席令 第三十号四").isEmpty());
    }

    @Test
    void readsTheDayOfAnAdoptionNote() {
        assertEquals(LocalDate.of(2024, 6, 28), Identifiers.adoptionNote(
                "（2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）").orElseThrow());
        assertEquals(LocalDate.of(2023, 5, 23), Identifiers.adoptionNote(
                "（2023年5月23日最高人民法院审判委员会第1889次会议通过，自2023年12月5日起施行）").orElseThrow(),
                "the day of the meeting, not the day it takes effect");
        assertEquals(LocalDate.of(2018, 10, 26), Identifiers.adoptionNote("（1989年12月26日第七届全国人民代表大会常务委员会第十一次会议通过"
                + "　2014年4月24日第十二届全国人民代表大会常务委员会第八次会议修订　根据2018年10月26日第十三届全国人民代表大会常务委员会"
                + "第六次会议《关于修改〈中华人民共和国野生动物保护法〉等十五部法律的决定》第三次修正）").orElseThrow(),
                "the text printed is the last amendment's");
        assertTrue(Identifiers.adoptionNote("（此件公开发布）").isEmpty());
        assertTrue(Identifiers.adoptionNote("本决定已经2024年6月28日常务会议通过。").isEmpty(), "a sentence, not a note");
    }
}
