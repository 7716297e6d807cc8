package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Citation;
import org.gazette.model.Document;

/**
 * What a document amends (修改): what a sentence that amends names, and what an annex of amendments
 * lists; not what a document only cites in an amended version.
 */
class AmendmentsTest {

    @Test
    void aDecisionThatAmendsARegulationAmendsIt() {
        List<Document> docs = Lines.parse("""
                湖南省人民政府令
                第330号
                《湖南省人民政府关于修改〈湖南省行政执法证件管理办法〉的决定》已经2024年5月20日省人民政府第30次常务会议通过，现予公布，自公布之日起施行。
                省长　毛伟明
                2024年6月1日
                湖南省人民政府关于修改《湖南省行政执法证件管理办法》的决定
                省人民政府决定对《湖南省行政执法证件管理办法》（湖南省人民政府令第322号）作如下修改：
                一、将第二条修改为：“本办法适用于本省行政区域内行政执法证件的申领、发放和管理。”
                本决定自公布之日起施行。
                """).documents();
        assertEquals(1, docs.size());
        assertEquals(List.of("湖南省人民政府令第322号"), keys(docs.get(0).amends()));
        assertEquals(List.of(), keys(docs.get(0).repeals()));
    }

    @Test
    void anAnnexOfAmendmentsAmendsWhatItListsAndAMentionOfAnAmendedVersionDoesNot() {
        Document decision = Lines.parse("""
                长沙市人民政府关于修改部分规范性文件的决定
                长政发〔2024〕20号
                各区县（市）人民政府，市直机关各单位：
                根据2019年修正的《中华人民共和国行政许可法》，市人民政府决定对2件规范性文件予以修改（附件）。
                长沙市人民政府
                2024年6月1日
                附件
                市人民政府决定修改的规范性文件目录
                序号\t文件名称\t文号\t修改内容
                1\t长沙市物业管理办法\t长政办发〔2018〕10号\t删去第五条
                2\t长沙市城市道路挖掘管理办法\t长沙市人民政府令第98号\t第七条中的“三十日”改为“十五日”
                """).documents().get(0);
        assertEquals(List.of("长政办发〔2018〕10号", "长沙市人民政府令第98号"), keys(decision.amends()));
        assertEquals(true, keys(decision.cites()).contains("《中华人民共和国行政许可法》"));
    }

    private static List<String> keys(List<Citation> citations) {
        return citations.stream().map(Citation::key).toList();
    }
}
