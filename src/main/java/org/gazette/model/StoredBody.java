package org.gazette.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A document's text (正文) that is kept elsewhere and read each time it is asked for: the body of a
 * document whose parse is in the parse cache (read from it, or just made and kept in it). Most
 * documents of a large archive are unchanged from one build to the next and their text is not
 * needed (their pages are kept, their search entries are known); a clean build needs each text a
 * few times, one stage at a time. Either way it is left on disk instead of filling the heap (the
 * texts of a 20,000-document archive are about 450 MB as strings and blocks). Immutable: every read
 * gives equal blocks. What the archive needs of every document without reading its text — its
 * size, its top-level headings (the titles of what it publishes) and its anchors (where a mention
 * of one of its articles links to) — is known without a read.
 *
 * <p>Each whole-list operation (iterating, streaming, comparing) reads the text once; so does
 * every {@link #get}, which is why the blocks are best taken with a loop over the list.
 */
public final class StoredBody extends AbstractList<Block> {

    private final int size;
    private final List<String> headings;
    /** The anchors, one per line: a string for each document of an archive, not one for each anchor. */
    private final String anchors;
    private final Supplier<List<Block>> read;

    /**
     * @param size     how many top-level blocks the text has
     * @param headings the texts of its top-level {@link Block.Heading}s, in order
     * @param anchors  its {@linkplain #anchors anchors}, in order, one per line ({@link #joined})
     * @param read     reads the blocks (an unchecked exception when they can no longer be read)
     */
    public StoredBody(int size, List<String> headings, String anchors, Supplier<List<Block>> read) {
        this.size = size;
        this.headings = List.copyOf(headings);
        this.anchors = anchors;
        this.read = read;
    }

    /** The texts of a body's top-level headings, in order, without reading a stored body. */
    public static List<String> headings(List<Block> body) {
        if (body instanceof StoredBody stored) return stored.headings;
        return body.stream().filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text()).toList();
    }

    /**
     * The anchors of a body's divisions at every depth, in the order they come (the ids a 本办法第N条
     * reference may link to), without reading a stored body.
     */
    public static List<String> anchors(List<Block> body) {
        if (body instanceof StoredBody stored) return stored.anchors.isEmpty() ? List.of() : List.of(stored.anchors.split("\n"));
        List<String> out = new ArrayList<>();
        addAnchors(body, out);
        return out;
    }

    private static void addAnchors(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Division d) {
                if (d.anchor() != null) out.add(d.anchor());
                addAnchors(d.children(), out);
            }
        }
    }

    /** A body's anchors one per line, as a stored body is given them: an anchor is part of a line, a label. */
    public static String joined(List<Block> body) {
        if (body instanceof StoredBody stored) return stored.anchors;
        return String.join("\n", anchors(body));
    }

    private List<Block> blocks() {
        List<Block> blocks = read.get();
        if (blocks.size() != size) throw new IllegalStateException("a stored text read back with another length");
        return blocks;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Block get(int index) {
        return blocks().get(index);
    }

    @Override
    public Iterator<Block> iterator() {
        return blocks().iterator();
    }

    @Override
    public ListIterator<Block> listIterator() {
        return blocks().listIterator();
    }

    @Override
    public ListIterator<Block> listIterator(int index) {
        return blocks().listIterator(index);
    }

    @Override
    public Spliterator<Block> spliterator() {
        return blocks().spliterator();
    }

    @Override
    public void forEach(Consumer<? super Block> action) {
        blocks().forEach(action);
    }

    @Override
    public List<Block> subList(int from, int to) {
        return blocks().subList(from, to);
    }

    @Override
    public Object[] toArray() {
        return blocks().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return blocks().toArray(a);
    }
}
