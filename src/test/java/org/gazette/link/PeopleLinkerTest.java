package org.gazette.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gazette.curate.AppointmentCorrector;
import org.gazette.curate.PeopleCuration;
import org.gazette.model.Appointment;
import org.gazette.model.Appointment.Action;
import org.gazette.model.Diagnostic;
import org.gazette.parse.appointment.PositionSplitter;

class PeopleLinkerTest {

    private static final String YONGZHOU = "永州市人民政府";

    private static Appointment record(String notice, String date, String person, Action action, String position,
                                      String jurisdiction, int line) {
        PositionSplitter.Split split = PositionSplitter.split(position);
        return new Appointment(notice, person, null, action, position, split.organization(), split.post(), null, null,
                LocalDate.parse(date), jurisdiction, "t.txt", line);
    }

    private static People link(List<Appointment> records, PeopleCuration curation, List<Diagnostic> diagnostics) {
        AppointmentCorrector.Result corrected = new AppointmentCorrector().apply(records, curation);
        diagnostics.addAll(corrected.diagnostics());
        return new PeopleLinker().link(corrected.appointments(), curation, corrected.applied(), diagnostics);
    }

    private final List<Appointment> career = List.of(
            record("永政人〔2022〕14号", "2022-07-29", "蒋宁", Action.APPOINT, "市司法局副局长", YONGZHOU, 10),
            record("永政人〔2023〕2号", "2023-07-30", "蒋宁", Action.CONFIRM, "市司法局副局长", YONGZHOU, 5),
            record("永政人〔2025〕1号", "2025-01-10", "蒋宁", Action.REMOVE, "市司法局副局长", YONGZHOU, 7),
            record("永政人〔2025〕9号", "2025-06-01", "周八", Action.APPOINT, "市司法局副局长", YONGZHOU, 7),
            record("蓝政人〔2022〕7号", "2022-12-17", "蒋宁", Action.APPOINT, "县司法局副局长", "蓝山县人民政府", 20));

    @Test
    void recordsOfOneNameInOneJurisdictionAreOnePersonWithTheEvidenceShown() {
        People people = link(career, PeopleCuration.NONE, new ArrayList<>());
        Person jiang = people.persons().stream().filter(p -> p.id().equals("永州市-蒋宁")).findFirst().orElseThrow();
        assertEquals(3, jiang.records().size());
        assertEquals(List.of("同一辖区（永州市人民政府）同名记录 3 条",
                "2023-07-30 正式任职，接续 2022-07-29 试用期任职",
                "2025-01-10 免去市司法局副局长，接续 2022-07-29 任该职",
                "2025-01-10 免去市司法局副局长，接续 2023-07-30 任该职"), jiang.evidence());
        assertTrue(people.persons().stream().anyMatch(p -> p.id().equals("蓝山县-蒋宁")),
                "the same name in another jurisdiction is another person");
    }

    @Test
    void aPostListsItsHoldersOverTimeWithTheGapBetweenThem() {
        People people = link(career, PeopleCuration.NONE, new ArrayList<>());
        PostHistory post = people.posts().stream().filter(p -> p.id().equals("永州市司法局-副局长")).findFirst().orElseThrow();
        assertEquals("永州市司法局", post.organization(), "市 expanded within the jurisdiction");
        assertEquals(2, post.tenures().size());
        Tenure first = post.tenures().get(0);
        assertEquals("蒋宁", first.personName());
        assertEquals(LocalDate.of(2022, 7, 29), first.from());
        assertEquals(LocalDate.of(2025, 1, 10), first.to());
        assertTrue(first.confirmed());
        Tenure second = post.tenures().get(1);
        assertEquals("周八", second.personName());
        assertNull(second.to());
        assertEquals(List.of("永州市司法局-副局长"), people.organizations().stream()
                .filter(o -> o.id().equals("永州市司法局")).findFirst().orElseThrow().postIds());
    }

    /**
     * Names of one post that a page's name cannot tell apart — brackets full-width or not, and the
     * same organisation's post given by two jurisdictions — are one post with one page: two posts had
     * claimed one page and the build stopped.
     */
    @Test
    void namesOfOnePostThatOnePageNameStandsForAreOnePost() {
        People people = link(List.of(
                record("永政人〔2022〕14号", "2022-07-29", "王军", Action.APPOINT, "金洞管理区（林场）副主任", YONGZHOU, 3),
                record("永政人〔2023〕2号", "2023-03-01", "王军", Action.REMOVE, "金洞管理区(林场)副主任", YONGZHOU, 5),
                record("湘政人〔2023〕9号", "2023-04-01", "李红", Action.APPOINT, "金洞管理区(林场)副主任", "湖南省人民政府", 8)),
                PeopleCuration.NONE, new ArrayList<>());
        assertEquals(List.of("金洞管理区-林场-副主任"), people.posts().stream().map(PostHistory::id).toList());
        PostHistory post = people.posts().get(0);
        assertEquals("金洞管理区(林场)", post.organization(), "named by the first of its names in order");
        assertEquals(List.of("王军 2022-07-29–2023-03-01", "李红 2023-04-01–null"), post.tenures().stream()
                .map(t -> t.personName() + " " + t.from() + "–" + t.to()).toList());
        assertEquals(List.of("金洞管理区-林场"), people.organizations().stream().map(People.Organization::id).toList());
        assertTrue(people.persons().get(0).evidence().contains("2023-03-01 免去金洞管理区(林场)副主任，接续 2022-07-29 任该职"),
                "one post in a person's evidence too: " + people.persons().get(0).evidence());
    }

    @Test
    void twoAppointmentsOfOneNameInOneNoticeAreTwoPeople() {
        People people = link(List.of(
                record("永政人〔2022〕14号", "2022-07-29", "王军", Action.APPOINT, "市人民政府办公室督查专员", YONGZHOU, 3),
                record("永政人〔2022〕14号", "2022-07-29", "王军", Action.APPOINT, "市公安局副局长", YONGZHOU, 9)),
                PeopleCuration.NONE, new ArrayList<>());
        assertEquals(List.of("永州市-王军", "永州市-王军-2"), people.persons().stream().map(Person::id).toList());
    }

    @Test
    void anEditorCorrectsSplitsAndMergesAndEveryChangeIsShownWithItsReason() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        PeopleCuration curation = new PeopleCuration("content/curation/people.md",
                List.of(new PeopleCuration.Correction("永政人〔2022〕14号", "蒋宁", null,
                        Map.of("position", "市司法局党组书记"), "原文脱字", 3),
                        new PeopleCuration.Correction("永政人〔2099〕1号", "无名", null, Map.of("post", "x"), null, 9)),
                List.of(new PeopleCuration.Split("永州市-蒋宁", "永政人〔2025〕1号", "另一同名人员", 12)),
                List.of(new PeopleCuration.Merge("永州市-蒋宁", List.of("蓝山县-蒋宁"), "由县调市", 15)));
        People people = link(career, curation, diagnostics);
        Person jiang = people.persons().stream().filter(p -> p.id().equals("永州市-蒋宁")).findFirst().orElseThrow();
        assertEquals("市司法局党组书记", jiang.records().get(0).position());
        assertEquals("党组书记", jiang.records().get(0).post());
        assertEquals(3, jiang.records().size(), "two of its own after the split, one merged from 蓝山县");
        assertTrue(jiang.curation().stream().anyMatch(c -> c.startsWith("编者更正") && c.contains("原文脱字")), jiang.curation().toString());
        assertTrue(jiang.curation().stream().anyMatch(c -> c.startsWith("编者拆分")));
        assertTrue(jiang.curation().stream().anyMatch(c -> c.startsWith("编者合并") && c.contains("由县调市")));
        assertTrue(people.persons().stream().anyMatch(p -> p.id().equals("永州市-蒋宁-2")));
        Diagnostic unmatched = diagnostics.stream().filter(d -> d.code().equals("curation-no-match")).findFirst().orElseThrow();
        assertEquals(9, unmatched.line());
    }
}
