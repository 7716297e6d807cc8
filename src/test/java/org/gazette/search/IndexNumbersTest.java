package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.model.Block;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;

/**
 * Entries keep their numbers when others come and go, and an index brought up to date — entries
 * added, removed, and pushed along by a newcomer — is the index a fresh build makes. The range of
 * numbers is made tiny here, so that entries collide and push each other as they would not in an
 * archive's range of a million.
 */
class IndexNumbersTest {

    private static final int TINY_RANGE = 4;
    private static final String[] PHRASES = {"数据共享目录按季度报送", "政务数据按月汇总", "公共资源交易平台", "医共体建设",
            "政务云服务能力", "行政许可事项清单", "安全生产责任制"};

    private static ArchiveDocument document(int serial) {
        return document(serial, "关于" + PHRASES[serial % PHRASES.length] + serial + "的通知",
                PHRASES[serial % PHRASES.length] + "，" + PHRASES[(serial * 3) % PHRASES.length] + "。第" + serial + "条。");
    }

    private static ArchiveDocument document(int serial, String title, String text) {
        Document d = new Document(title, "通知",
                new DocumentNumber("测政发〔2024〕" + serial + "号", "测政发", 2024, serial), null, null,
                List.of(serial % 2 == 0 ? "测试市人民政府" : "测试市财政局"), null, LocalDate.of(2024, 1, 1).plusDays(serial), null, null,
                List.of(), List.of(), List.of(), null, null, 1, 10, List.of(new Block.Paragraph(text, 8)));
        return new ArchiveDocument("测政发-2024-" + serial, d, List.of(), List.of(), "source/" + serial);
    }

    private static Archive archive(TreeSet<Integer> serials) {
        return archive(serials.stream().map(IndexNumbersTest::document).toList());
    }

    private static Archive archive(List<ArchiveDocument> documents) {
        Map<String, ArchiveDocument> byId = new LinkedHashMap<>();
        for (ArchiveDocument d : documents) byId.put(d.id(), d);
        return new Archive(List.of(), byId, People.NONE, new CitationIndex(byId.values()), Map.of(), LocalDate.of(2024, 12, 31), List.of());
    }

    private static Map<String, Integer> numbers(SearchIndex index) {
        Map<String, Integer> byUrl = new HashMap<>();
        for (int i = 0; i < index.entries().size(); i++) byUrl.put(index.entries().get(i).url(), index.numbers()[i]);
        return byUrl;
    }

    @Test
    void anUpdatedIndexIsTheFreshOneWhenEntriesComeGoAndPushEachOtherAlong() {
        TreeSet<Integer> serials = new TreeSet<>();
        for (int s = 1; s <= 12; s++) serials.add(s);
        IndexBuilder.Built last = new IndexBuilder(TINY_RANGE).build(archive(serials), null, () -> { });
        int pushed = 0;
        for (int round = 0; round < 40; round++) {
            Map<String, Integer> before = numbers(last.index());
            // A newcomer (a back issue's document: its date is anywhere), and now and then one withdrawn.
            serials.add(13 + round);
            if (round % 3 == 2) serials.remove(serials.first() + round % 5);
            IndexBuilder.Built updated = new IndexBuilder(TINY_RANGE).build(archive(serials), last.state(), () -> { });
            IndexBuilder.Built fresh = new IndexBuilder(TINY_RANGE).build(archive(serials), null, () -> { });
            if (StableNumbers.range(serials.size(), TINY_RANGE) != StableNumbers.range(before.size(), TINY_RANGE)) {
                assertEquals("the entries outgrew the range of their numbers", updated.reanalysed());
            } else {
                assertNull(updated.reanalysed(), "round " + round + ": brought up to date, not analysed again");
                assertTrue(updated.analysed() <= 1, "only the newcomer analysed: " + updated.analysed());
            }
            SameIndex.assertSameIndex(fresh, updated);
            Map<String, Integer> after = numbers(updated.index());
            for (Map.Entry<String, Integer> e : before.entrySet()) {
                if (after.containsKey(e.getKey()) && !after.get(e.getKey()).equals(e.getValue())) pushed++;
            }
            last = fresh;
        }
        assertTrue(pushed > 0, "some entries were pushed along: the test saw renumbering");
    }

    @Test
    void ofEqualWeightsTheOlderEntryRanksFirstWhateverItsNumber() {
        // The same text in documents of the same title length, a day apart: equal weights for its terms.
        List<ArchiveDocument> documents = new ArrayList<>();
        for (int serial = 10; serial < 40; serial++) documents.add(document(serial, "关于测试事项" + serial + "的通知", "政务数据按月汇总。"));
        SearchIndex index = new IndexBuilder().build(archive(documents));
        TermPostings p = index.postings().get("汇总");
        assertEquals(30, p.size());
        for (int k = 0; k < p.size(); k++) {
            assertEquals(p.weight(0), p.weight(k), "equal weights");
            assertEquals("关于测试事项" + (10 + k) + "的通知", index.entry(p.entry(k)).title(), "oldest first");
        }
    }

    @Test
    void anEntrysNumberDoesNotDependOnTheOthersInARealRange() {
        TreeSet<Integer> serials = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        Map<String, Integer> all = numbers(new IndexBuilder().build(archive(serials)));
        List<Integer> fewer = new ArrayList<>(serials);
        fewer.removeIf(s -> s % 2 == 0);
        Map<String, Integer> odd = numbers(new IndexBuilder().build(archive(new TreeSet<>(fewer))));
        odd.forEach((url, number) -> assertEquals(all.get(url), number, url));
        assertTrue(all.values().stream().allMatch(n -> n < 1 << 21), "within twice the range: four base-36 digits at most five");
    }
}
