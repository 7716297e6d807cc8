package org.gazette.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;

class CitationIndexTest {

    private static ArchiveDocument order(OrderNumber order, String title) {
        Document d = new Document(title, "令", null, null, order, List.of(order.issuer()), null, LocalDate.of(2024, 1, 1),
                null, null, List.of(), List.of(), List.of(), null, null, 1, 2, List.of());
        return new ArchiveDocument(DocumentIdentity.of(d, "g"), d, List.of(), List.of(), null);
    }

    @Test
    void anOrderIsFoundWithOrWithoutTheStatesNameAndByItsYear() {
        ArchiveDocument state = order(new OrderNumber("中华人民共和国国务院令 第745号", "中华人民共和国国务院", 745), "关键信息基础设施安全保护条例");
        ArchiveDocument thisYear = order(new OrderNumber("中华人民共和国商务部令 2024年第1号", "中华人民共和国商务部", 2024, 1), "甲办法");
        ArchiveDocument lastYear = order(new OrderNumber("商务部令2023年第1号", "商务部", 2023, 1), "乙办法");
        CitationIndex index = new CitationIndex(List.of(state, thisYear, lastYear));

        assertEquals(List.of("中华人民共和国国务院令-745", "中华人民共和国商务部令-2024-1", "商务部令-2023-1"),
                List.of(state.id(), thisYear.id(), lastYear.id()), "identities: a yearly series' year in it");
        assertEquals(Optional.of(state.id()), index.resolve(cites(new OrderNumber("国务院令第745号", "国务院", 745))));
        assertEquals(Optional.of(thisYear.id()), index.resolve(cites(new OrderNumber("商务部令2024年第1号", "商务部", 2024, 1))));
        assertEquals(Optional.of(lastYear.id()), index.resolve(cites(new OrderNumber("中华人民共和国商务部令2023年第1号",
                "中华人民共和国商务部", 2023, 1))), "the first order of another year is another order");
        assertEquals(Optional.empty(), index.resolve(cites(new OrderNumber("商务部令2022年第1号", "商务部", 2022, 1))));
    }

    @Test
    void anAnnouncementIsFoundByItsNumber() {
        DocumentNumber number = new DocumentNumber("国家税务总局公告2024年第1号", "国家税务总局公告", 2024, 1, DocumentNumber.Form.YEAR_ORDINAL);
        Document d = new Document("国家税务总局关于个人所得税综合所得汇算清缴有关事项的公告", "公告", number, null, null, List.of("国家税务总局"),
                null, LocalDate.of(2024, 1, 10), null, null, List.of(), List.of(), List.of(), null, null, 1, 2, List.of());
        ArchiveDocument a = new ArchiveDocument(DocumentIdentity.of(d, "g"), d, List.of(), List.of(), null);
        assertEquals("国家税务总局公告-2024-1", a.id());
        CitationIndex index = new CitationIndex(List.of(a));
        assertEquals(Optional.of(a.id()), index.resolve(new Citation(null, new DocumentNumber("国家税务总局公告 2024 年第 1 号",
                "国家税务总局公告", 2024, 1, DocumentNumber.Form.YEAR_ORDINAL), null, 3)));
    }

    @Test
    void aDocumentThatAmendsAnotherIsListedAsAmendingItAndCitingIt() {
        ArchiveDocument amended = order(new OrderNumber("湖南省人民政府令第322号", "湖南省人民政府", 322), "湖南省行政执法证件管理办法");
        Citation regulation = cites(new OrderNumber("湖南省人民政府令第322号", "湖南省人民政府", 322));
        Document d = new Document("湖南省人民政府关于修改《湖南省行政执法证件管理办法》的决定", "令", null, null,
                new OrderNumber("湖南省人民政府令第330号", "湖南省人民政府", 330), List.of("湖南省人民政府"), null, LocalDate.of(2024, 6, 1),
                null, null, List.of(), List.of(regulation), List.of(), List.of(regulation), null, null, 1, 9, List.of());
        ArchiveDocument amending = new ArchiveDocument(DocumentIdentity.of(d, "g"), d, List.of(), List.of(), null);
        CitationIndex index = new CitationIndex(List.of(amended, amending));
        assertEquals(List.of(amending.id()), index.amendedBy(amended.id()));
        assertEquals(List.of(amending.id()), index.citedBy(amended.id()));
        assertEquals(List.of(), index.repealedBy(amended.id()), "amended, not repealed: still in force");
        assertEquals(List.of(), index.amendedBy(amending.id()));
    }

    @Test
    void aJointDocumentIsFoundByEachOrgansNumber() {
        DocumentNumber numbers = new DocumentNumber("湘财社〔2024〕5号 湘人社发〔2024〕3号", "湘财社", 2024, 5);
        Document d = new Document("湖南省财政厅 湖南省人力资源和社会保障厅关于做好就业补助资金管理工作的通知", "通知", numbers, null, null,
                List.of("湖南省财政厅", "湖南省人力资源和社会保障厅"), null, LocalDate.of(2024, 2, 1), null, null, List.of(), List.of(),
                List.of(), null, null, 1, 6, List.of());
        ArchiveDocument a = new ArchiveDocument(DocumentIdentity.of(d, "g"), d, List.of(), List.of(), null);
        assertEquals("湘财社-2024-5", a.id());
        CitationIndex index = new CitationIndex(List.of(a));
        assertEquals(Optional.of(a.id()), index.resolve(new Citation(null, new DocumentNumber("湘人社发〔2024〕3号", "湘人社发", 2024, 3), null, 3)));
        assertEquals(Optional.of(a.id()), index.resolve(new Citation(null, new DocumentNumber("湘财社〔2024〕5号", "湘财社", 2024, 5), null, 3)));
    }

    private static Citation cites(OrderNumber order) {
        return new Citation(null, null, order, 3);
    }
}
