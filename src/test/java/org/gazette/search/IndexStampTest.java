package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.model.Block;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.StoredBody;
import org.gazette.render.SitePaths;

/**
 * What the index's entries take from the archive: an entry stamped as the last build saw it keeps its
 * hash and length without its text being read, and no entry holds its document.
 */
class IndexStampTest {

    private final AtomicInteger reads = new AtomicInteger();

    private ArchiveDocument document(int serial, String madeFrom, String text) {
        List<Block> body = List.of(new Block.Paragraph(text, 8));
        Document d = new Document("关于测试事项" + serial + "的通知", "通知", new DocumentNumber("测政发〔2024〕" + serial + "号", "测政发", 2024, serial),
                null, null, List.of("测试市人民政府"), null, LocalDate.of(2024, 3, serial), null, null, List.of(), List.of(),
                List.of(), null, null, 1, 10, new StoredBody(1, List.of(), "", () -> {
                    reads.incrementAndGet();
                    return body;
                }));
        return new ArchiveDocument("测政发-2024-" + serial, d, List.of(), List.of(), madeFrom);
    }

    private static Archive archive(ArchiveDocument... documents) {
        Map<String, ArchiveDocument> byId = new LinkedHashMap<>();
        for (ArchiveDocument a : documents) byId.put(a.id(), a);
        return new Archive(List.of(), byId, People.NONE, new CitationIndex(byId.values()), Map.of(), LocalDate.of(2024, 12, 31), List.of());
    }

    /** Where the state lists the document of this serial (entries are in the order of their numbers). */
    private static int at(IndexBuilder.Built built, int serial) {
        return built.state().urls().indexOf(SitePaths.document("测政发-2024-" + serial));
    }

    @Test
    void onlyTextsMadeFromSomethingNewAreRead() {
        IndexBuilder.Built first = new IndexBuilder().build(archive(document(1, "a/0", "数据共享目录按季度报送。"),
                document(2, "a/1", "政务数据按月汇总。")), null, () -> { });
        assertTrue(first.state().stamps().stream().noneMatch(String::isEmpty), "stamped");
        int afterFirst = reads.get();

        IndexBuilder.Built again = new IndexBuilder().build(archive(document(1, "a/0", "数据共享目录按季度报送。"),
                document(2, "a/1", "政务数据按月汇总。")), first.state(), () -> { });
        assertEquals(afterFirst, reads.get(), "nothing read: both stamps as before");
        assertEquals(first.state().hashes(), again.state().hashes());
        assertEquals(first.state().lengths(), again.state().lengths());
        assertNull(again.reanalysed());

        IndexBuilder.Built changed = new IndexBuilder().build(archive(document(1, "a/0", "数据共享目录按季度报送。"),
                document(2, "b/1", "政务数据按周汇总，按月报送。")), again.state(), () -> { });
        assertEquals(first.state().hashes().get(at(first, 1)), changed.state().hashes().get(at(changed, 1)));
        assertEquals(12, changed.state().lengths().get(at(changed, 1)) - 1);
        assertEquals(14, changed.state().lengths().get(at(changed, 2)) - 1, "the new text measured (and a line end)");
        assertEquals(1, changed.analysed(), "the changed entry analysed");
    }

    @Test
    void theEntriesLetTheArchivesDocumentsGo() throws InterruptedException {
        ArchiveDocument a = document(1, "a/0", "数据共享目录按季度报送。");
        WeakReference<Document> document = new WeakReference<>(a.document());
        IndexBuilder.Entries entries = IndexBuilder.entriesOf(archive(a));
        a = null; // the build lets the archive go once the index's entries are made
        for (int i = 0; i < 50 && document.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(document.get(), "no entry holds its document (its citations, numbers, headings): only its body");

        IndexBuilder.Built built = new IndexBuilder().build(entries, null, PublishedTexts.NONE, () -> { });
        IndexBuilder.Built fromArchive = new IndexBuilder().build(archive(document(1, "a/0", "数据共享目录按季度报送。")), null, () -> { });
        assertEquals(fromArchive.state().hashes(), built.state().hashes(), "the text read through the body alone");
        assertEquals(fromArchive.state().postings().keySet(), built.state().postings().keySet());
    }
}
