package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.gazette.model.Block.Kind;

class LineShapesTest {

    private static String shape(String line) {
        Optional<LineShapes.StructuralStart> s = LineShapes.structural(line);
        return s.map(start -> start.kind() + " " + start.label() + " [" + start.rest() + "]").orElse("none");
    }

    @Test
    void readsTheStructuralStartOfALineAndKeepsTheRestOfIt() {
        assertEquals(Kind.CHAPTER + " 第一章 [总 则]", shape("第一章  总 则"));
        assertEquals(Kind.SECTION + " 第二节 []", shape("第 二 节"));
        assertEquals(Kind.ARTICLE + " 第十五条 [县级以上人民政府应当加强领导。]", shape("第十五条 县级以上人民政府应当加强领导。"));
        assertEquals(Kind.ARTICLE + " 第三条 [本办法所称数据，是指……]", shape("第三条本办法所称数据，是指……"));
        assertEquals("none", shape("第三条款规定的情形"), "款 right after 条: a reference, not an article");
        assertEquals("none", shape("第三条"), "nothing after it");
        assertEquals(Kind.OUTLINE_1 + " 二、 [主要任务]", shape("二、主要任务"));
        assertEquals(Kind.OUTLINE_2 + " （三） [强化保障]", shape("(三) 强化保障"));
        assertEquals(Kind.OUTLINE_3 + " 4. [完善制度]", shape("4．完善制度"));
        assertEquals("none", shape("4.5亿元用于建设"), "a decimal number");
        assertEquals(Kind.OUTLINE_4 + " （12） [其他]", shape("（12）其他"));
        assertEquals(Kind.ATTACHMENT + " 附件2 []", shape("附件2："));
        assertEquals(Kind.ARTICLE + " 第一条 [为规范管理，制定本办法。]", shape("- 第一条 为规范管理，制定本办法。"), "a list dash before it");
    }

    @Test
    void aLineWithALineBreakInItStartsNothing() {
        // A PDF's text can carry U+2028 and the like inside a line; such a line was never a heading.
        assertEquals("none", shape("第一章 总则\u2028第一条"));
        assertEquals("none", shape("一、主要\r任务"));
        assertEquals("none", shape("（一）强化\u0085保障"));
        assertEquals(Kind.OUTLINE_1 + " 一、 [主要任务]", shape("一、主要任务\r"), "at the end: stripped first");
    }
}
