package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;

class TextLinkerTest {

    private static Document doc(String title, DocumentNumber number, List<Citation> cites) {
        return new Document(title, "办法", number, null, null, List.of(), null, LocalDate.of(2022, 1, 1), null, null,
                List.of(), List.of(), cites, null, null, 1, 2, List.of());
    }

    @Test
    void linksMentionsToTheirPagesAndArticlesToTheirAnchors() {
        DocumentNumber held = new DocumentNumber("永政办发〔2022〕13号", "永政办发", 2022, 13);
        DocumentNumber missing = new DocumentNumber("国发〔2016〕51号", "国发", 2016, 51);
        Map<String, ArchiveDocument> docs = new LinkedHashMap<>();
        docs.put("永政办发-2022-13", new ArchiveDocument("永政办发-2022-13", doc("永州市政务大数据管理办法", held, List.of()),
                List.of(), List.of(), null));
        docs.put("蓝政办发-2022-13", new ArchiveDocument("蓝政办发-2022-13", doc("蓝山县政务大数据管理办法",
                new DocumentNumber("蓝政办发〔2022〕13号", "蓝政办发", 2022, 13),
                List.of(new Citation("永州市政务大数据管理办法", held, null, 3), new Citation(null, missing, null, 4))),
                List.of(), List.of(), null));
        Archive archive = new Archive(List.of(), docs, People.NONE, new CitationIndex(docs.values()), Map.of(), LocalDate.of(2024, 1, 1), List.of());
        TextLinker linker = new TextLinker(archive.citations(),
                id -> id.equals("永政办发-2022-13") ? Set.of("第十五条") : Set.of(), id -> null);

        List<CitationIndex.Lookup> asked = new java.util.ArrayList<>();
        List<TextLinker.Segment> s = linker.segments(
                "根据《永州市政务大数据管理办法》（永政办发〔2022〕13号）第十五条和国发〔2016〕51号，违反本办法第二条的<b>", "蓝政办发-2022-13",
                Set.of("第二条"), "../", asked);
        assertEquals(List.of(
                new TextLinker.Segment("根据", null),
                new TextLinker.Segment("《永州市政务大数据管理办法》（永政办发〔2022〕13号）第十五条",
                        "../documents/永政办发-2022-13.html#第十五条"),
                new TextLinker.Segment("和", null),
                new TextLinker.Segment("国发〔2016〕51号", "../cited/国发-2016-51.html"),
                new TextLinker.Segment("，违反", null),
                new TextLinker.Segment("本办法第二条", "#第二条"),
                new TextLinker.Segment("的<b>", null)), s);

        // What the segments were made from: the two mentions, and what the archive answers about them.
        assertEquals(List.of(
                new CitationIndex.Lookup("永政办发〔2022〕13号", null, "永州市政务大数据管理办法", "永政办发-2022-13"),
                new CitationIndex.Lookup("国发〔2016〕51号", null, null, "国发-2016-51")), asked);
        assertEquals(new TextLinker.Answer(asked.get(0), "永政办发-2022-13", null, List.of("第十五条"), false),
                linker.answer(asked.get(0)));
        assertEquals(new TextLinker.Answer(asked.get(1), null, null, List.of(), true), linker.answer(asked.get(1)));
        TextLinker knowingTexts = new TextLinker(archive.citations(), id -> Set.of("第十五条"), id -> "text of " + id);
        assertEquals(new TextLinker.Answer(asked.get(0), "永政办发-2022-13", "text of 永政办发-2022-13", List.of(), false),
                knowingTexts.answer(asked.get(0)), "the anchors are known by the text they are in");
    }
}
