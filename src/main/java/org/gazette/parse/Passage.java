package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Block;

/** A run of text with the source line it starts on: what the text-level finders search. */
record Passage(String text, int line) {

    /** The paragraphs of a block tree, in reading order (tables and preformatted text are left out). */
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
                collect(d.children(), out);
            }
        }
    }
}
