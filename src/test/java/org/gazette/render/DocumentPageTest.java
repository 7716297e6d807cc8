package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.curate.PeopleCuration;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.Linker;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/** A document page's inputs, known from what its text mentions, are those it has once its text is read. */
class DocumentPageTest {

    @TempDir
    Path tmp;

    @Test
    void aPagesInputsKnownFromTheRememberedMentionsAreThoseOfItsText() throws IOException {
        Archive archive = sample(true);
        MentionMemory learning = MentionMemory.empty();
        PageModels first = new PageModels(archive, List.of(), learning);
        Map<String, Map<String, Object>> read = new LinkedHashMap<>();
        for (ArchiveDocument a : archive.documents().values()) {
            DocumentPage page = first.document(a);
            assertNull(page.inputs(), "not known before the text is read: " + a.id());
            page.model();
            read.put(a.id(), page.inputs());
        }
        assertTrue(learning.changed());
        Path file = tmp.resolve("mentions");
        learning.write(file);

        MentionMemory kept = MentionMemory.read(file);
        PageModels second = new PageModels(archive, List.of(), kept);
        int linked = 0;
        for (ArchiveDocument a : archive.documents().values()) {
            Map<String, Object> known = second.document(a).inputs();
            assertEquals(read.get(a.id()), known, a.id());
            DocumentPage.TextInputs text = (DocumentPage.TextInputs) known.get("blocks");
            linked += (int) text.answers().stream().filter(x -> x.target() != null || x.outside()).count();
        }
        assertTrue(linked >= 10, "the sample's texts mention documents: " + linked);
        assertFalse(kept.changed(), "every entry used, none learnt");
    }

    @Test
    void withoutWhatItWasMadeFromAPagesInputsAreItsModel() {
        Archive archive = sample(false);
        PageModels models = new PageModels(archive, List.of(), MentionMemory.empty());
        DocumentPage page = models.document(archive.documents().values().iterator().next());
        assertNull(page.inputs());
        assertSame(page.model(), page.inputs());
    }

    /** The sample content parsed and linked; its documents made from their file's name when {@code made}. */
    private static Archive sample(boolean made) {
        List<Linker.GazetteSources> input = new ArrayList<>();
        for (ContentTree.GazetteFolder f : new ContentTree().scan(Path.of("content")).gazettes()) {
            List<ParsedSource> sources = new ArrayList<>();
            Map<String, String> madeFrom = new LinkedHashMap<>();
            for (Path file : f.files()) {
                sources.add(new SourceParser().parse(new SourceReader().read(file, file.toString()), file.toString()));
                if (made) madeFrom.put(file.toString(), "stamp of " + file);
            }
            input.add(new Linker.GazetteSources(f.info(), sources, Map.of(), madeFrom));
        }
        return new Linker().link(input, List.of(), PeopleCuration.NONE, LocalDate.of(2024, 12, 31));
    }
}
