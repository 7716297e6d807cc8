package org.gazette.model;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A document's text (正文) that is kept elsewhere and read each time it is asked for: the body of a
 * document whose parse came from the parse cache. Most documents of a large archive are unchanged
 * from one build to the next and their text is not needed (their pages are kept, their search
 * entries are known), so it is left on disk instead of filling the heap. Immutable: every read
 * gives equal blocks. What the archive needs of every document without reading its text — its
 * size and its top-level headings (the titles of what it publishes) — is known without a read.
 *
 * <p>Each whole-list operation (iterating, streaming, comparing) reads the text once; so does
 * every {@link #get}, which is why the blocks are best taken with a loop over the list.
 */
public final class StoredBody extends AbstractList<Block> {

    private final int size;
    private final List<String> headings;
    private final Supplier<List<Block>> read;

    /**
     * @param size     how many top-level blocks the text has
     * @param headings the texts of its top-level {@link Block.Heading}s, in order
     * @param read     reads the blocks (an unchecked exception when they can no longer be read)
     */
    public StoredBody(int size, List<String> headings, Supplier<List<Block>> read) {
        this.size = size;
        this.headings = List.copyOf(headings);
        this.read = read;
    }

    /** The texts of a body's top-level headings, in order, without reading a stored body. */
    public static List<String> headings(List<Block> body) {
        if (body instanceof StoredBody stored) return stored.headings;
        return body.stream().filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text()).toList();
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
