package org.gazette.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.Validity;

class StatusResolverTest {

    private static Document doc(String number, String type, String signed, String effective, Validity validity,
                                List<Citation> repeals) {
        DocumentNumber n = new DocumentNumber(number, number.substring(0, number.indexOf('〔')),
                Integer.parseInt(number.substring(number.indexOf('〔') + 1, number.indexOf('〕'))),
                Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.indexOf('号'))));
        return new Document("关于" + number + "的" + type, type, n, null, null, List.of("某市人民政府"), null,
                signed == null ? null : LocalDate.parse(signed), effective, validity, repeals, List.of(), List.of(), null,
                null, 1, 2, List.of());
    }

    private static Map<String, DocumentStatus> resolve(String asOf, Document... docs) {
        Map<String, ArchiveDocument> byId = new LinkedHashMap<>();
        for (Document d : docs) {
            String id = DocumentIdentity.of(d, "g");
            byId.put(id, new ArchiveDocument(id, d, List.of(), List.of(), null));
        }
        Archive archive = new Archive(List.of(), byId, People.NONE, new CitationIndex(byId.values()), Map.of(), LocalDate.parse(asOf), List.of());
        return new StatusResolver(LocalDate.parse(asOf)).resolve(byId, archive.citations(), Map.of());
    }

    /** A document whose title a damaged text lost has no type: it has a status all the same (it stopped the build). */
    @Test
    void aDocumentWithoutATypeHasAStatus() {
        Document d = doc("湘政办发〔2024〕24号", null, "2024-06-28", null, null, List.of());
        assertEquals(DocumentStatus.State.IN_FORCE, resolve("2025-01-01", d).get("湘政办发-2024-24").state());
    }

    @Test
    void validityRunsFromTheEffectiveDateAndExpires() {
        Document d = doc("湘政办发〔2024〕24号", "通知", "2024-06-28", "自印发之日起施行", Validity.years(2), List.of());
        DocumentStatus before = resolve("2026-06-27", d).get("湘政办发-2024-24");
        assertEquals(DocumentStatus.State.IN_FORCE, before.state());
        DocumentStatus after = resolve("2026-06-28", d).get("湘政办发-2024-24");
        assertEquals(DocumentStatus.State.EXPIRED, after.state());
        assertEquals(LocalDate.of(2026, 6, 28), after.since());
        assertEquals("自印发之日起施行（成文日期2024-06-28），有效期2年，已于2026-06-28失效", after.reason());
    }

    @Test
    void aDocumentValidToALastDayIsInForceThroughThatDay() {
        Document d = doc("湘政办发〔2024〕5号", "通知", "2024-03-01", "2024-03-15", Validity.until(LocalDate.of(2025, 3, 14)), List.of());
        DocumentStatus last = resolve("2025-03-14", d).get("湘政办发-2024-5");
        assertEquals(DocumentStatus.State.IN_FORCE, last.state());
        assertEquals("自2024-03-15起施行，有效期至2025-03-14", last.reason());
        DocumentStatus after = resolve("2025-03-15", d).get("湘政办发-2024-5");
        assertEquals(DocumentStatus.State.EXPIRED, after.state());
        assertEquals(LocalDate.of(2025, 3, 15), after.since());
        assertEquals("自2024-03-15起施行，有效期至2025-03-14，已于2025-03-15失效", after.reason());
    }

    @Test
    void aRuleOfDaysAfterPublicationCountsFromTheSigningDate() {
        Document d = doc("湘政发〔2024〕11号", "通知", "2024-05-10", "自发布之日起30日后施行", null, List.of());
        assertEquals(DocumentStatus.State.NOT_YET_IN_FORCE, resolve("2024-06-08", d).get("湘政发-2024-11").state());
        DocumentStatus inForce = resolve("2024-06-09", d).get("湘政发-2024-11");
        assertEquals(DocumentStatus.State.IN_FORCE, inForce.state());
        assertEquals("自发布之日起30日后施行（成文日期2024-05-10，自2024-06-09起施行）", inForce.reason());
        Document full = doc("湘政发〔2024〕12号", "通知", "2024-05-10", "自印发之日起满30日后施行", null, List.of());
        assertEquals(DocumentStatus.State.NOT_YET_IN_FORCE, resolve("2024-06-08", full).get("湘政发-2024-12").state());
        assertEquals(DocumentStatus.State.IN_FORCE, resolve("2024-06-09", full).get("湘政发-2024-12").state());
    }

    @Test
    void notYetInForceBeforeItsPrintedEffectiveDate() {
        Document d = doc("湘政发〔2024〕1号", "办法", "2024-07-05", "2024-08-01", null, List.of());
        assertEquals(DocumentStatus.State.NOT_YET_IN_FORCE, resolve("2024-07-31", d).get("湘政发-2024-1").state());
        assertEquals(DocumentStatus.State.IN_FORCE, resolve("2024-08-01", d).get("湘政发-2024-1").state());
    }

    @Test
    void repealedByAnotherDocumentOfTheArchiveFromThatDocumentsEffectiveDate() {
        Document old = doc("临政通告〔2021〕2号", "通告", "2021-03-01", null, null, List.of());
        Document repealing = doc("临政通告〔2023〕5号", "通告", "2023-05-01", "2023-06-01", null, List.of(
                new Citation("临湘市人民政府关于…的通告", old.number(), null, 9)));
        assertEquals(DocumentStatus.State.IN_FORCE, resolve("2023-05-31", old, repealing).get("临政通告-2021-2").state());
        DocumentStatus repealed = resolve("2023-06-01", old, repealing).get("临政通告-2021-2");
        assertEquals(DocumentStatus.State.REPEALED, repealed.state());
        assertEquals("被《关于临政通告〔2023〕5号的通告》（临政通告〔2023〕5号）废止，自2023-06-01起", repealed.reason());
    }

    @Test
    void interpretationsAndAppointmentNoticesHaveNoStatusAndUnknownDatesSaySo() {
        Map<String, DocumentStatus> s = resolve("2024-01-01", doc("永政人〔2022〕14号", "任免", "2022-07-29", null, null, List.of()),
                doc("永政发〔2022〕3号", "通知", null, null, null, List.of()));
        assertNull(s.get("永政人-2022-14"));
        assertEquals(DocumentStatus.State.UNKNOWN, s.get("永政发-2022-3").state());
    }
}
