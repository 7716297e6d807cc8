package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void aCodeIsExplainedInEnglishAndChinese() {
        Cli r = Cli.run("explain", "sidecar-field", "[unplaced-line]");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(
                "sidecar-field (侧注未知字段)",
                "  The sidecar has a key gazette does not know (a typo such as nots for note); what it says is not applied.",
                "  侧注中有不认识的字段（多为拼写错误，如把 note 写成 nots），其内容没有应用。",
                "unplaced-line (无法归位的行)"), r.out().lines().limit(4).toList(), "a code as check prints it, in brackets, is taken too");
    }

    @Test
    void withoutACodeEveryCodeIsListedOnALineOfItsOwn() {
        Cli r = Cli.run("explain");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() >= 55, lines.toString());
        assertTrue(lines.contains("markup-in-table              HTML tags in a table row were removed; the text is kept. Nothing to do."),
                "codes in a column as wide as the longest (toc-reference-without-title): " + lines);
    }

    @Test
    void aCodeThatIsNoneIsBadUsage() {
        Cli r = Cli.run("explain", "unplaced-lines");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such code: unplaced-lines (gazette explain without a code lists them)"), r.err());
    }
}
