package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gazette.model.Block;
import org.gazette.model.Block.Kind;

class BodyParserTest {

    private BodyParser.Body parse(String text, Set<String> titles) {
        return new BodyParser(titles, Set.of("市政府办文件"), new Diagnostics("test.txt")).parse(Lines.of(text));
    }

    @Test
    void rejoinsParagraphsBrokenByPdfLinesAndBlankLines() {
        BodyParser.Body body = parse("""
                县级以上人民政府发展改革、自然资源、市场监督管理、城市管理等部门，按照法定

                职责做好房地产开发经营有关监督管理工作。

                资质等级证书不得出租、出借、转让。
                """, Set.of());
        assertEquals(List.of(
                new Block.Paragraph("县级以上人民政府发展改革、自然资源、市场监督管理、城市管理等部门，按照法定职责做好房地产开发经营有关监督管理工作。", 1),
                new Block.Paragraph("资质等级证书不得出租、出借、转让。", 5)), body.blocks());
    }

    @Test
    void aLineInBracketsIsANoteOfItsOwnNotTheStartOfTheNextParagraph() {
        BodyParser.Body body = parse("""
                （2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议通过）
                为进一步推进自由贸易试验区建设，第十四届全国人民代表大会常务委员会第十二次会议
                决定：授权国务院暂时调整适用有关规定。
                """, Set.of());
        assertEquals(List.of(
                new Block.Paragraph("（2024年11月8日第十四届全国人民代表大会常务委员会第十二次会议通过）", 1),
                new Block.Paragraph("为进一步推进自由贸易试验区建设，第十四届全国人民代表大会常务委员会第十二次会议决定：授权国务院暂时调整适用有关规定。", 2)),
                body.blocks());
    }

    @Test
    void nestsArticlesInChaptersAndItemsInArticlesWithStableAnchors() {
        BodyParser.Body body = parse("""
                第一章 总 则
                第一条 为了规范房地产开发经营行为，制定本办法。
                第二章 房地产开发
                第八条 对下列事项，应当分别书面听取意见：
                - (一) 房地产开发项目的性质；
                - (二) 城市规划设计条件。
                第十九条 云资源申请
                (一) 申请。云使用单位需要使用政务云服务时，可自行选择。
                """, Set.of());
        Block.Division first = (Block.Division) body.blocks().get(0);
        assertEquals(Kind.CHAPTER, first.kind());
        assertEquals("总则", first.heading());
        assertEquals("第一章", first.anchor());
        Block.Division second = (Block.Division) body.blocks().get(1);
        Block.Division article8 = (Block.Division) second.children().get(0);
        assertEquals("第八条", article8.anchor());
        assertNull(article8.heading());
        assertEquals(List.of("（一）", "（二）"), article8.children().stream().skip(1)
                .map(b -> ((Block.Division) b).label()).toList());
        Block.Division article19 = (Block.Division) second.children().get(1);
        assertEquals("云资源申请", article19.heading(), "a short text followed by an item is the article's heading");
    }

    @Test
    void aShortTextAfterAnArticleInTwoColumnTextIsTheSentenceNotAHeading() {
        BodyParser.Body body = parse("""
                第一条 为推进我县政务数

                据整合、共享、开放和创新应用，

                保障数据安全。
                """, Set.of());
        Block.Division article = (Block.Division) body.blocks().get(0);
        assertNull(article.heading());
        assertEquals(new Block.Paragraph("为推进我县政务数据整合、共享、开放和创新应用，保障数据安全。", 1), article.children().get(0));
    }

    @Test
    void recognisesThePublishedTitleTheAttachmentListAndAttachmentBodies() {
        BodyParser.Body body = parse("""
                现将《全面推进紧密型县域医疗卫生共同体建设的实施方案》印发给你们。
                 全面推进紧密型县域医疗卫生

                共同体建设的实施方案
                一、总体要求
                - 附件：1. 医共体外部综合监管清单
                2. 医共体建设部门职责分工
                附件 1
                医共体外部综合监管清单
                一、公益性监管
                附件2
                医共体建设部门职责分工
                """, Set.of());
        assertEquals(new Block.Heading("全面推进紧密型县域医疗卫生共同体建设的实施方案", 2), body.blocks().get(1));
        assertEquals(List.of("附件1 医共体外部综合监管清单 8", "附件2 医共体建设部门职责分工 11"),
                body.attachments().stream().map(a -> a.label() + " " + a.title() + " " + a.startLine()).toList());
        Block.Division attachment = (Block.Division) body.blocks().get(3);
        assertEquals("附件1", attachment.anchor());
        assertEquals("附件1-一", ((Block.Division) attachment.children().get(0)).anchor(), "anchors stay unique");
    }

    @Test
    void findsATitleQuotedParagraphsEarlierWhateverItsSpacingButNotALineThatOnlyBeginsLikeIt() {
        BodyParser.Body body = parse("""
                现将《永州市 政务数据 共享管理办法（试行）》印发给你们，请认真贯彻执行。

                各县区人民政府要高度重视。
                永州市政务数据共享
                管理办法（试行）
                永州市政务数据共享工作由市数据局统筹。
                """, Set.of());
        assertEquals(List.of(
                new Block.Paragraph("现将《永州市政务数据共享管理办法（试行）》印发给你们，请认真贯彻执行。", 1),
                new Block.Paragraph("各县区人民政府要高度重视。", 3),
                new Block.Heading("永州市政务数据共享管理办法（试行）", 4),
                new Block.Paragraph("永州市政务数据共享工作由市数据局统筹。", 6)), body.blocks());
    }

    @Test
    void mergesATableContinuedAfter续表AndDropsTheRepeatedHeader() {
        BodyParser.Body body = parse("""
                序号\t事项名称\t备注
                1\t省级创新平台认定服务\t
                续表
                序号\t事项名称\t备注
                2\t<p>重点实验室组建</p>\t限额
                """, Set.of());
        Block.Table table = assertInstanceOf(Block.Table.class, body.blocks().get(0));
        assertEquals(List.of("序号", "事项名称", "备注"), table.header());
        assertEquals(List.of(List.of("1", "省级创新平台认定服务"), List.of("2", "重点实验室组建", "限额")), table.rows());
    }

    @Test
    void keepsSpaceAlignedTablesAsPreformattedAndRemovesPageFurniture() {
        BodyParser.Body body = parse("""
                表6 蓝山县国有农用地级别基准地价
                级别 一级 二级 三级
                水田
                元/平方米 13.52 11.47 8.99
                — 5 —
                市政府办文件
                万元/亩 0.9015 0.7645 0.5997
                """, Set.of());
        assertEquals(new Block.Heading("表6蓝山县国有农用地级别基准地价", 1), body.blocks().get(0));
        Block.Preformatted pre = assertInstanceOf(Block.Preformatted.class, body.blocks().get(1));
        assertEquals("级别 一级 二级 三级\n水田\n元/平方米 13.52 11.47 8.99\n万元/亩 0.9015 0.7645 0.5997", pre.text());
    }
}
