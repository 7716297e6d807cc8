package org.gazette.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.gazette.link.Appearance;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.CitationIndex;
import org.gazette.link.DocumentStatus;
import org.gazette.link.Person;
import org.gazette.model.Appointment;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.render.SiteFile;
import org.gazette.render.SitePaths;

/**
 * The archive's data for other programs, written into {@code site/data/}: documents, appointments
 * and people as JSON, appointments as CSV for spreadsheets (UTF-8 with a byte-order mark, which spreadsheet
 * programs need to read Chinese text). URLs are relative to the site root.
 */
public final class SiteData {

    public static final String APPOINTMENTS_JSON = "data/appointments.json";
    public static final String PEOPLE_JSON = "data/people.json";
    public static final String APPOINTMENTS_CSV = "data/appointments.csv";
    public static final String DOCUMENTS_JSON = "data/documents.json";
    /** Every file this writes. */
    public static final List<String> PATHS = List.of(DOCUMENTS_JSON, APPOINTMENTS_JSON, PEOPLE_JSON, APPOINTMENTS_CSV);
    private static final List<String> COLUMNS = List.of("signed", "doc_number", "jurisdiction", "person", "person_id",
            "gender", "action", "position", "organization", "post", "probation", "term", "notice_url", "file", "line");

    private final ObjectMapper json = new ObjectMapper();
    private final ParseJson parseJson = new ParseJson();

    public List<SiteFile> files(Archive archive) {
        List<ObjectNode> rows = new ArrayList<>();
        ArrayNode people = json.createArrayNode();
        for (Person p : archive.people().persons()) {
            ObjectNode person = people.addObject();
            person.put("id", p.id());
            person.put("name", p.name());
            person.put("url", SitePaths.person(p.id()));
            person.put("jurisdiction", p.jurisdiction());
            person.put("gender", p.gender());
            ArrayNode records = person.putArray("appointments");
            for (Appointment a : p.records()) {
                ObjectNode row = row(a, p, archive.citations());
                records.add(row);
                rows.add(row);
            }
        }
        ArrayNode appointments = json.createArrayNode();
        rows.forEach(appointments::add);
        return List.of(
                new SiteFile(DOCUMENTS_JSON, documents(archive)),
                new SiteFile(APPOINTMENTS_JSON, write(appointments)),
                new SiteFile(PEOPLE_JSON, write(people)),
                new SiteFile(APPOINTMENTS_CSV, csv(rows)));
    }

    /**
     * One entry per document: identity, metadata, status, where it appeared, what it cites and who
     * cites it. Written as it is made, not built as a tree first: at 20,000 documents the tree was
     * 170,000 objects and about 100 MB of the heap while the pages rendered, for a file of 27 MB.
     */
    private byte[] documents(Archive archive) {
        CitationIndex citations = archive.citations();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator out = json.writerWithDefaultPrettyPrinter().createGenerator(bytes)) {
            out.writeStartArray();
            for (ArchiveDocument a : archive.documents().values()) {
                Document d = a.document();
                out.writeStartObject();
                out.writeStringField("id", a.id());
                out.writeStringField("url", SitePaths.document(a.id()));
                out.writeStringField("title", d.title());
                out.writeStringField("doc_number", d.number() == null ? null : d.number().normalized());
                out.writeStringField("reg_code", d.registration() == null ? null : d.registration().normalized());
                out.writeStringField("order_number", d.order() == null ? null : d.order().normalized());
                out.writeStringField("type", d.type());
                out.writeArrayFieldStart("issuers");
                for (String issuer : d.issuers()) out.writeString(issuer);
                out.writeEndArray();
                out.writeStringField("signed", d.signed() == null ? null : d.signed().toString());
                DocumentStatus status = archive.statuses().get(a.id());
                out.writeStringField("status", status == null ? null : status.state().code());
                out.writeStringField("status_reason", status == null ? null : status.reason());
                out.writeArrayFieldStart("appears_in");
                for (Appearance ap : a.appearances()) {
                    out.writeStartObject();
                    out.writeStringField("gazette", ap.gazette());
                    out.writeStringField("issue", ap.issueKey());
                    out.writeStringField("url", ap.issueKey() == null ? SitePaths.gazette(ap.gazette())
                            : SitePaths.issue(ap.gazette(), ap.issueKey()));
                    if (ap.page() == null) out.writeNullField("page");
                    else out.writeNumberField("page", ap.page());
                    out.writeStringField("file", ap.file());
                    out.writeNumberField("line", ap.line());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeArrayFieldStart("cites");
                for (Citation c : d.cites()) {
                    out.writeStartObject();
                    out.writeStringField("key", c.key());
                    out.writeStringField("id", citations.resolve(c).orElse(null));
                    out.writeEndObject();
                }
                out.writeEndArray();
                ids(out, "cited_by", citations.citedBy(a.id()));
                ids(out, "repealed_by", citations.repealedBy(a.id()));
                ids(out, "amended_by", citations.amendedBy(a.id()));
                out.writeEndObject();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + DOCUMENTS_JSON, e); // into memory: not expected
        }
        return bytes.toByteArray();
    }

    private static void ids(JsonGenerator out, String field, List<String> ids) throws IOException {
        out.writeArrayFieldStart(field);
        for (String id : ids) out.writeString(id);
        out.writeEndArray();
    }

    /** An appointment as {@code check --json} prints it, with the person's id, the notice's page and the file. */
    private ObjectNode row(Appointment a, Person p, CitationIndex citations) {
        ObjectNode row = parseJson.appointment(a);
        row.put("person_id", p.id());
        String notice = citations.withNumber(a.docNumber()).orElse(null);
        row.put("notice_url", notice == null ? null : SitePaths.documentLine(notice, a.line()));
        row.put("file", a.file());
        return row;
    }

    private byte[] write(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write site data", e);
        }
    }

    private static byte[] csv(List<ObjectNode> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> values = new ArrayList<>();
        for (ObjectNode row : rows) {
            List<String> line = new ArrayList<>();
            for (String c : COLUMNS) line.add(row.get(c).isNull() ? "" : row.get(c).asText());
            values.add(line);
        }
        try {
            String text = new CsvMapper().writer(schema.build().withLineSeparator("\n")).writeValueAsString(values);
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the appointments CSV", e);
        }
    }
}
