package org.gazette.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.gazette.curate.PeopleCuration;
import org.gazette.model.Appointment;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.GazetteInfo;
import org.gazette.source.SourceText;
import org.junit.jupiter.api.Test;

class LinkerTest {

    private static final String NOTICE = """
            永州市人民政府
            关于王军等同志职务任免的通知

            永政人〔2022〕14号

            各县区人民政府，市人民政府各办委局：

            经研究决定：
            王军同志任市司法局副局长（试用期一年）；
            免去李红同志的市教育局副局长职务。

            永州市人民政府
            2022年7月21日
            """;
    private static final GazetteInfo YONGZHOU = new GazetteInfo("yongzhou-city", "永州市人民政府公报", null, "city",
            "湖南省永州市", "gazette");

    /**
     * The same notice in two sources (a reprint, or the same issue extracted twice), one with a line
     * more before it: one document, and its actions once, at the lines of the copy shown — the other
     * copy's lines are not on the document's page, and a link to them was a broken anchor.
     */
    @Test
    void aNoticePublishedTwiceGivesEachActionOnceAtTheLinesOfTheCopyShown() {
        ParsedSource first = parse("a.txt", NOTICE);
        ParsedSource second = parse("b.txt", "（转载）\n" + NOTICE);
        assertEquals(2, first.appointments().size());
        assertEquals(2, second.appointments().size());

        Archive archive = new Linker().link(List.of(new Linker.GazetteSources(YONGZHOU, List.of(first, second))),
                List.of(), PeopleCuration.NONE, LocalDate.of(2024, 12, 31));
        ArchiveDocument notice = archive.documents().get("永政人-2022-14");
        assertEquals(List.of("a.txt", "b.txt"), notice.appearances().stream().map(Appearance::file).toList());
        String shown = notice.appearances().get(0).file();
        List<Appointment> records = archive.people().persons().stream().flatMap(p -> p.records().stream()).toList();
        assertEquals(List.of("王军", "李红"), records.stream().map(Appointment::person).sorted(java.util.Comparator.reverseOrder()).toList());
        for (Appointment a : records) {
            assertEquals(shown, a.file(), a.toString());
            assertEquals(NOTICE.lines().toList().indexOf(a.person().equals("王军") ? "王军同志任市司法局副局长（试用期一年）；"
                    : "免去李红同志的市教育局副局长职务。") + 1, a.line(), a.toString());
        }
    }

    @Test
    void aNoticeTwiceInOneFileGivesEachActionOnce() {
        ParsedSource twice = parse("a.txt", NOTICE + "\n" + NOTICE);
        Archive archive = new Linker().link(List.of(new Linker.GazetteSources(YONGZHOU, List.of(twice))),
                List.of(), PeopleCuration.NONE, LocalDate.of(2024, 12, 31));
        ArchiveDocument notice = archive.documents().get("永政人-2022-14");
        assertEquals(2, notice.appearances().size(), "one document, two copies");
        int shownFrom = notice.appearances().get(0).line();
        int otherFrom = notice.appearances().get(1).line();
        List<Appointment> records = archive.people().persons().stream().flatMap(p -> p.records().stream()).toList();
        assertEquals(2, records.size(), records.toString());
        for (Appointment a : records) {
            assertEquals(shownFrom < otherFrom, a.line() < otherFrom, "read from the copy shown: " + a);
        }
    }

    private static ParsedSource parse(String file, String text) {
        return new SourceParser().parse(SourceText.of(file, text));
    }
}
