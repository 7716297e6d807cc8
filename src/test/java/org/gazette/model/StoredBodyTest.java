package org.gazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StoredBodyTest {

    private static final List<Block> TEXT = List.of(
            new Block.Paragraph("现将《测试办法》印发给你们。", 7),
            new Block.Heading("测试办法", 12),
            new Block.Division(Block.Kind.CHAPTER, "第一章", "总则", "第一章", 13, List.of(
                    new Block.Division(Block.Kind.ARTICLE, "第一条", null, "第一条", 14, List.of(new Block.Paragraph("为规范测试，制定本办法。", 14))),
                    new Block.Division(Block.Kind.OUTLINE_2, "（一）", null, null, 15, List.of()))));

    @Test
    void whatEveryDocumentNeedsIsKnownWithoutReadingAndAWholeListOperationReadsOnce() {
        AtomicInteger reads = new AtomicInteger();
        StoredBody stored = new StoredBody(3, List.of("测试办法"), StoredBody.joined(TEXT), () -> {
            reads.incrementAndGet();
            return TEXT;
        });
        Document d = new Document("关于印发测试办法的通知", "通知", null, null, null, List.of(), null, null, null, null,
                List.of(), List.of(), List.of(), null, null, 1, 20, stored);
        assertEquals(3, d.body().size());
        assertEquals(List.of("测试办法"), StoredBody.headings(d.body()));
        assertEquals(List.of("测试办法"), StoredBody.headings(TEXT), "the same from a text in memory");
        assertEquals(List.of("第一章", "第一条"), StoredBody.anchors(TEXT), "anchors at every depth, in order");
        assertEquals(StoredBody.anchors(TEXT), StoredBody.anchors(d.body()));
        assertEquals(List.of(), StoredBody.anchors(new StoredBody(0, List.of(), "", List::of)), "none: not one empty anchor");
        assertEquals(0, reads.get(), "a document keeps its stored text as it is");

        List<Block> walked = new ArrayList<>();
        for (Block b : d.body()) walked.add(b);
        assertEquals(TEXT, walked);
        assertEquals(1, reads.get());
        assertEquals(TEXT, d.body().stream().toList());
        assertEquals(2, reads.get(), "a stream reads once, not once per block");
        assertEquals(TEXT, d.body());
        assertEquals(d.body(), TEXT);
    }

    @Test
    void aTextReadBackWithAnotherLengthIsAnError() {
        StoredBody stored = new StoredBody(2, List.of(), "", () -> TEXT);
        assertThrows(IllegalStateException.class, () -> stored.iterator());
    }
}
