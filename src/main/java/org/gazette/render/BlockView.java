package org.gazette.render;

import java.util.List;

import org.gazette.model.Block;

/**
 * A block of a document's text as the templates see it: one shape with a {@code type} to switch
 * on ({@code division}, {@code paragraph}, {@code heading}, {@code table}, {@code pre}).
 *
 * @param text     a heading's or preformatted block's text; a paragraph's is in its {@code segments}
 *                 (given once: a page's model is fingerprinted whole)
 * @param segments a paragraph's text cut into text and links
 */
public record BlockView(String type, String kind, String label, String heading, String anchor, String text,
                        List<TextLinker.Segment> segments, List<String> header, List<List<String>> rows,
                        List<BlockView> children, int line) {

    /** Turns paragraph text into segments (text and links). */
    interface Linking {
        List<TextLinker.Segment> segments(String text);
    }

    static List<BlockView> of(List<Block> blocks, Linking linking) {
        return blocks.stream().map(b -> of(b, linking)).toList();
    }

    static BlockView of(Block block, Linking linking) {
        if (block instanceof Block.Division d) {
            return new BlockView("division", d.kind().name().toLowerCase(java.util.Locale.ROOT), d.label(), d.heading(),
                    d.anchor(), null, List.of(), List.of(), List.of(), of(d.children(), linking), d.line());
        }
        if (block instanceof Block.Paragraph p) {
            return new BlockView("paragraph", null, null, null, null, null, linking.segments(p.text()), List.of(),
                    List.of(), List.of(), p.line());
        }
        if (block instanceof Block.Heading h) {
            return new BlockView("heading", null, null, null, null, h.text(), List.of(), List.of(), List.of(), List.of(),
                    h.line());
        }
        if (block instanceof Block.Table t) {
            return new BlockView("table", null, null, null, null, null, List.of(), t.header(), t.rows(), List.of(), t.line());
        }
        Block.Preformatted pre = (Block.Preformatted) block;
        return new BlockView("pre", null, null, null, null, pre.text(), List.of(), List.of(), List.of(), List.of(),
                pre.line());
    }
}
