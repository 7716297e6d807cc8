package org.gazette.render;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.gazette.link.ArchiveDocument;
import org.gazette.link.CitationIndex;

/**
 * A document's page, whose model is built in two steps: everything but the text first (a small
 * part of the work), then the text cut into paragraphs of linked segments, only when the page is
 * rendered. The text's segments are made from the text itself and from what the archive answers
 * about each mention in it ({@link TextLinker.Answer}); the text is known by what the document was
 * made from ({@link ArchiveDocument#madeFrom()}) and its mentions by the {@link MentionMemory}, so
 * the page's inputs are known without reading the text, and an unchanged page is kept without it.
 * Used by one thread.
 */
final class DocumentPage implements PageModel {

    /**
     * What a document's text on its page is made from, standing in for its blocks in the page's
     * inputs: the text (by what it was made from) and the answers about its mentions, in order.
     */
    record TextInputs(String madeFrom, List<TextLinker.Answer> answers) {
    }

    private final Map<String, Object> shell;
    private final ArchiveDocument document;
    private final Supplier<Set<String>> anchors;
    private final String root;
    private final TextLinker linker;
    private final MentionMemory memory;
    private List<CitationIndex.Lookup> mentions;
    private Map<String, Object> model;

    /**
     * @param shell   the page's model but for its {@code blocks}
     * @param anchors the document's own anchors (found only when its text is read)
     */
    DocumentPage(Map<String, Object> shell, ArchiveDocument document, Supplier<Set<String>> anchors, String root,
                 TextLinker linker, MentionMemory memory) {
        this.shell = shell;
        this.document = document;
        this.anchors = anchors;
        this.root = root;
        this.linker = linker;
        this.memory = memory;
    }

    @Override
    public Map<String, Object> inputs() {
        String made = document.madeFrom();
        if (made == null) return model; // the text is known only by reading it: the whole model is the inputs
        if (mentions == null) mentions = memory.of(made);
        if (mentions == null) return null;
        Map<String, Object> inputs = new LinkedHashMap<>(shell);
        inputs.put("blocks", new TextInputs(made, mentions.stream().map(linker::answer).toList()));
        return inputs;
    }

    @Override
    public Map<String, Object> model() {
        if (model == null) {
            Set<CitationIndex.Lookup> asked = new LinkedHashSet<>();
            Set<String> own = anchors.get();
            List<BlockView> blocks = BlockView.of(document.document().body(),
                    text -> linker.segments(text, document.id(), own, root, asked));
            mentions = List.copyOf(asked);
            if (document.madeFrom() != null) memory.put(document.madeFrom(), mentions);
            model = new LinkedHashMap<>(shell);
            model.put("blocks", blocks);
        }
        return model;
    }
}
