package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Citation;
import org.gazette.model.Document;

/**
 * A 清理 decision names one document in its text ({@code 对《…》（湘政发〔2010〕12号）等5件规范性文件予以废止})
 * and lists them all in an annex: every document the list names is repealed, with its title (at the line its table starts); what
 * an annex of amendments lists is not.
 */
class RepealListTest {

    private static final Document DECISION = Lines.parse("""
            湖南省人民政府关于废止和修改部分规范性文件的决定
            湘政发〔2024〕15号
            各市州人民政府，省政府各厅委、各直属机构：
            经研究，决定：
            一、对《湖南省人民政府关于加强城市供水管理的通知》（湘政发〔2010〕12号）等4件规范性文件予以废止（附件1）。
            二、对1件规范性文件的部分条款予以修改（附件2）。
            本决定自公布之日起施行。
            附件：1．省人民政府决定废止的规范性文件目录
            2．省人民政府决定修改的规范性文件目录
            湖南省人民政府
            2024年6月1日
            附件1
            省人民政府决定废止的规范性文件目录
            序号\t文件名称\t文号
            1\t湖南省人民政府关于加强城市供水管理的通知\t湘政发〔2010〕12号
            2\t湖南省人民政府关于进一步加强安全生产工作的决定\t湘政发〔2011〕5号
            3\t湖南省人民政府办公厅关于印发《湖南省政务服务管理办法》的通知\t湘政办发〔2015〕30号
            4\t湖南省城市供水管理办法\t湖南省人民政府令第200号
            附件2
            省人民政府决定修改的规范性文件目录
            1．《湖南省人民政府关于进一步规范行政执法的通知》（湘政发〔2019〕3号）第五条修改为……
            """).documents().get(0);

    @Test
    void everyDocumentARepealListNamesIsRepealedWithItsTitle() {
        assertEquals(List.of(
                "湘政发〔2010〕12号 湖南省人民政府关于加强城市供水管理的通知 5",
                "湘政发〔2011〕5号 湖南省人民政府关于进一步加强安全生产工作的决定 14",
                "湘政办发〔2015〕30号 湖南省人民政府办公厅关于印发《湖南省政务服务管理办法》的通知 14",
                "湖南省人民政府令第200号 湖南省城市供水管理办法 14"),
                DECISION.repeals().stream().map(c -> c.key() + " " + c.title() + " " + c.line()).toList());
    }

    @Test
    void whatTheAnnexOfAmendmentsListsIsCitedNotRepealed() {
        List<String> cited = DECISION.cites().stream().map(Citation::key).toList();
        assertEquals(true, cited.contains("湘政发〔2019〕3号"), cited.toString());
        assertEquals(false, DECISION.repeals().stream().anyMatch(c -> c.key().equals("湘政发〔2019〕3号")));
    }
}
