package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void squeezeRemovesExtractionSpacesButKeepsThemBetweenAsciiWords() {
        assertEquals("通知", Text.squeeze("通 知"));
        assertEquals("关于印发《湖南省省级政务云管理暂行办法》的通知", Text.squeeze("关于印发 《湖南省省级政务云管理暂行办法》的通知"));
        assertEquals("2022年12月6日", Text.squeeze("2022 年 12 月 6日"));
        assertEquals("按疾病诊断相关分组(DRG)或DIP and DRG", Text.squeeze("按疾病诊断相关分组(DRG)或 DIP and  DRG"));
    }

    @Test
    void joinPiecesJoinsChineseWithoutSeparatorAndAsciiWithASpace() {
        assertEquals("曾宪明同志任县科技和工业信息化局副局长", Text.joinPieces(List.of("曾宪明同志任县科技和工业", " 信息化局副局长")));
        assertEquals("WHO standard", Text.joinPieces(List.of("WHO", "standard")));
    }

    @Test
    void endsClauseSeesClosingPunctuationBehindQuotesAndBrackets() {
        assertTrue(Text.endsClause("本办法自2024年8月1日起施行。"));
        assertTrue(Text.endsClause("各市州人民政府，省政府各厅委、各直属机构："));
        assertTrue(Text.endsClause("做到“一网通办。”"));
        assertFalse(Text.endsClause("县级以上人民政府发展改革、自然资源、市场监督管理、城市管理等部门，按照法定"));
    }

    @Test
    void comparableIgnoresPunctuationAndBracketStyles() {
        assertEquals(Text.comparable("永州市贯彻落实〈湖南省若干政策〉责任清单"), Text.comparable("永州市贯彻落实《湖南省若干政策》责任清单"));
    }
}
