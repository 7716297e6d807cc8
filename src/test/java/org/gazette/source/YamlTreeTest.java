package org.gazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** An editor's YAML read with the line of each thing in it, and why it cannot be read on one line. */
class YamlTreeTest {

    private static final String SIDECAR = """
            # a comment
            documents:
              - doc: 湘政发〔2024〕9号
                note: 一
              - line: 120
                set:
                  title: 关于……的通知
                  signed: 2024-06-28
                text:
                  - {line: 130, from: 甲, to: 乙}
            """;

    @Test
    void everyMappingKeyAndItemHasItsFileLine() throws YamlTree.Unreadable {
        YamlTree tree = YamlTree.read(SIDECAR, 2); // front matter: the file's line 2 is the YAML's first
        JsonNode documents = tree.root().get("documents");
        assertEquals(3, tree.line(tree.root(), "documents"));
        assertEquals(4, tree.line(documents, 0));
        assertEquals(6, tree.line(documents, 1));
        JsonNode second = documents.get(1);
        assertEquals(6, tree.line(second), "a mapping in a list starts on its item's line");
        assertEquals(7, tree.line(second, "set"));
        assertEquals(9, tree.line(second.get("set"), "signed"));
        assertEquals(11, tree.line(second.get("text"), 0), "a flow mapping too");
        assertEquals(5, tree.line(documents.get(0), "note"), "a key's own line, not the first line with its text");
        assertEquals(6, tree.line(second, "no such key"), "a key not there: its mapping's line");
        assertEquals(4, tree.line(documents, 7), "an item not there: its list's line (its first item's)");
    }

    @Test
    void keysNotKnownAreListedWithTheirLines() throws YamlTree.Unreadable {
        YamlTree tree = YamlTree.read(SIDECAR, 2);
        JsonNode second = tree.root().get("documents").get(1);
        assertEquals(List.of(new YamlTree.UnknownKey("set", 7), new YamlTree.UnknownKey("text", 10)),
                tree.unknownKeys(second, Set.of("line", "doc")));
        assertEquals(List.of(), tree.unknownKeys(tree.root(), Set.of("documents")));
    }

    @Test
    void aTextOfCommentsAloneHoldsNothing() throws YamlTree.Unreadable {
        assertNull(YamlTree.read("# correct: []\n", 2).root());
        assertNull(YamlTree.read("", 1).root());
        assertNull(YamlTree.read("~\n", 1).root());
    }

    @Test
    void whyATextCannotBeReadIsOneLineAtTheFilesLine() {
        YamlTree.Unreadable flow = assertThrows(YamlTree.Unreadable.class, () -> YamlTree.read("title: x\nslug: [a\n", 2));
        assertEquals("expected ',' or ']', but got <stream end> (while parsing a flow sequence from line 3)", flow.getMessage());
        assertEquals(4, flow.line(), "the stream ends on the line after the YAML's last");

        YamlTree.Unreadable colon = assertThrows(YamlTree.Unreadable.class, () -> YamlTree.read("name: a\nregion\nkind: b\n", 1));
        assertEquals(3, colon.line());
        assertEquals(-1, colon.getMessage().indexOf('\n'), colon.getMessage());
    }

    @Test
    void aKeyGivenTwiceInOneMappingIsNotedWithBothLines() throws YamlTree.Unreadable {
        YamlTree tree = YamlTree.read("documents:\n  - doc: 湘政发〔2024〕9号\n    note: 一\n    note: 二\n", 2);
        assertEquals(List.of(new YamlTree.Duplicate("note", 4, 5)), tree.duplicates());
        assertEquals("二", tree.root().get("documents").get(0).get("note").asText(), "the second value is read");
        assertEquals(List.of(), YamlTree.read(SIDECAR, 2).duplicates());
    }
}
