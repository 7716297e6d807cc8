package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.model.Block;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;

/**
 * Long entries older than the newest, whose terms the index state does not list, removed or changed:
 * their terms are read from their fields (in the state) and their published text, checked against
 * their fingerprint, and the index brought up to date is the one a fresh build makes.
 */
class UnlistedEntriesTest {

    private static final String[] PHRASES = {"数据共享目录按季度报送", "政务数据按月汇总", "公共资源交易平台", "医共体建设",
            "政务云服务能力", "行政许可事项清单", "安全生产责任制", "营商环境优化提升"};
    private static final int DOCUMENTS = Bm25Postings.NEWEST_LISTED + 20;

    /** A document of more than {@link Bm25Postings#SHORT_ENTRY} characters, its words varying with its serial. */
    private static ArchiveDocument document(int serial, String extra) {
        StringBuilder text = new StringBuilder(extra);
        for (int k = 0; text.length() <= Bm25Postings.SHORT_ENTRY; k++) {
            text.append("第").append(k + 1).append("条　").append(PHRASES[(serial + k) % PHRASES.length])
                    .append("，").append(PHRASES[(serial * k + 3) % PHRASES.length]).append(serial % 7).append("。");
        }
        List<Block> body = List.of(new Block.Paragraph(text.toString(), 8));
        Document d = new Document("关于" + PHRASES[serial % PHRASES.length] + serial + "的通知", "通知",
                new DocumentNumber("测政发〔2024〕" + serial + "号", "测政发", 2024, serial), null, null, List.of("测试市人民政府"),
                null, LocalDate.of(2020, 1, 1).plusDays(serial), null, null, List.of(), List.of(), List.of(), null, null, 1, 10, body);
        return new ArchiveDocument("测政发-2024-" + serial, d, List.of(), List.of(), "source/" + serial + extra.hashCode());
    }

    private static Archive archive(TreeSet<Integer> serials, int changed) {
        Map<String, ArchiveDocument> byId = new LinkedHashMap<>();
        for (int serial : serials) byId.put("测政发-2024-" + serial, document(serial, serial == changed ? "（修订）" : ""));
        return new Archive(List.of(), byId, People.NONE, new CitationIndex(byId.values()), Map.of(), LocalDate.of(2024, 12, 31), List.of());
    }

    /** The texts an index would publish, by number. */
    private static PublishedTexts published(SearchIndex index) {
        return (number, length) -> {
            SearchEntry.Body body = index.entry(number).body().get();
            return body.text().length() == length ? Optional.of(body) : Optional.empty();
        };
    }

    private static TreeSet<Integer> all() {
        TreeSet<Integer> serials = new TreeSet<>();
        for (int s = 1; s <= DOCUMENTS; s++) serials.add(s);
        return serials;
    }

    /** The whole archive built, then these documents (one changed) built on its state, with the texts it published as given. */
    private static IndexBuilder.Built update(TreeSet<Integer> serials, int changed, Function<SearchIndex, PublishedTexts> published) {
        IndexBuilder.Built first = new IndexBuilder().build(archive(all(), 0), null, () -> { });
        assertTrue(first.state().listedTerms().size() < DOCUMENTS, "the oldest long entries' terms are not listed");
        return new IndexBuilder().build(archive(serials, changed), first.state(), published.apply(first.index()), () -> { });
    }

    @Test
    void anOldLongEntryRemovedIsTakenOutByItsPublishedText() {
        TreeSet<Integer> serials = all();
        serials.remove(1);
        IndexBuilder.Built updated = update(serials, 0, UnlistedEntriesTest::published);
        assertNull(updated.reanalysed(), "taken out alone");
        assertEquals(0, updated.analysed());
        SameIndex.assertSameIndex(new IndexBuilder().build(archive(serials, 0), null, () -> { }), updated);
    }

    @Test
    void anOldLongEntryChangedIsAnalysedAlone() {
        IndexBuilder.Built updated = update(all(), 2, UnlistedEntriesTest::published);
        assertNull(updated.reanalysed());
        assertEquals(1, updated.analysed());
        SameIndex.assertSameIndex(new IndexBuilder().build(archive(all(), 2), null, () -> { }), updated);
    }

    @Test
    void withoutItsPublishedTextOrWithAnotherTheArchiveIsAnalysedAgain() {
        TreeSet<Integer> serials = all();
        serials.remove(1);
        IndexBuilder.Built none = update(serials, 0, index -> PublishedTexts.NONE);
        assertNotNull(none.reanalysed());
        assertTrue(none.reanalysed().contains("terms are not known"), none.reanalysed());
        // A text that is not what was analysed (a piece edited by hand): its fingerprint says so.
        PublishedTexts edited = (number, length) -> Optional.of(new SearchEntry.Body("x".repeat(length), List.of()));
        IndexBuilder.Built other = update(serials, 0, index -> edited);
        assertNotNull(other.reanalysed());
        SameIndex.assertSameIndex(new IndexBuilder().build(archive(serials, 0), null, () -> { }), other);
    }
}
