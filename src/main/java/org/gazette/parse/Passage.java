package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Block;

/** A run of text with the source line it starts on: what the text-level finders search. */
record Passage(String text, int line) {

    /** The text of a block tree in reading order: headings, paragraphs, table cells, preformatted text. */
    static List<Passage> of(List<Block> blocks) {
        List<Passage> out = new ArrayList<>();
        collect(blocks, out);
        return out;
    }

    private static void collect(List<Block> blocks, List<Passage> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                out.add(new Passage(p.text(), p.line()));
            } else if (block instanceof Block.Division d) {
                if (d.heading() != null) out.add(new Passage(d.heading(), d.line()));
                collect(d.children(), out);
            } else if (block instanceof Block.Heading h) {
                out.add(new Passage(h.text(), h.line()));
            } else if (block instanceof Block.Table t) {
                t.header().forEach(cell -> out.add(new Passage(cell, t.line())));
                t.rows().forEach(row -> row.forEach(cell -> out.add(new Passage(cell, t.line()))));
            } else if (block instanceof Block.Preformatted pre) {
                out.add(new Passage(Text.squeeze(pre.text().replace('\n', ' ')), pre.line()));
            }
        }
    }
}
