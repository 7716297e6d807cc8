package org.gazette.model;

import java.util.List;

/** A piece of a document's structured text. */
public sealed interface Block permits Block.Division, Block.Paragraph, Block.Table, Block.Preformatted, Block.Heading {

    /** The source line the block starts on. */
    int line();

    /** What a {@link Division} is, from the outermost to the innermost. */
    enum Kind {
        ATTACHMENT, CHAPTER, SECTION, ARTICLE, OUTLINE_1, OUTLINE_2, OUTLINE_3, OUTLINE_4;

        public int depth() {
            return ordinal();
        }
    }

    /**
     * A numbered part that contains others: 附件, 章 (chapter), 节, 条 (article), or an outline level
     * 一、 / （一） / 1. / （1）.
     *
     * @param label   the number as printed and tidied: {@code 第三条}, {@code 一、}, {@code （二）}
     * @param heading the short heading after the label, or null when the label runs straight into text
     * @param anchor  a stable fragment id, unique within the document, or null for deep outline levels
     */
    record Division(Kind kind, String label, String heading, String anchor, int line, List<Block> children)
            implements Block {
        public Division {
            // Labels and anchors are not interned: a build holds no text but the ones it is using
            // (StoredBody), and interning was a quarter of the time a text took to read back.
            children = List.copyOf(children);
        }
    }

    /** A paragraph, re-joined across PDF line breaks. */
    record Paragraph(String text, int line) implements Block {
    }

    /** A title inside the text, such as the regulation that a 印发 notice publishes. */
    record Heading(String text, int line) implements Block {
    }

    /** A table whose cell structure was recovered; rows continued after 续表 are merged in. */
    record Table(List<String> header, List<List<String>> rows, int line) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Text whose layout matters but whose structure could not be recovered, such as space-aligned tables. */
    record Preformatted(String text, int line) implements Block {
    }
}
