package org.gazette.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.Person;
import org.gazette.model.Appointment;
import org.gazette.render.SiteFile;
import org.gazette.render.SitePaths;

/**
 * The archive's data for other programs, written into {@code site/data/}: appointments and people
 * as JSON, appointments as CSV for spreadsheets (UTF-8 with a byte-order mark, which spreadsheet
 * programs need to read Chinese text). URLs are relative to the site root.
 */
public final class SiteData {

    public static final String APPOINTMENTS_JSON = "data/appointments.json";
    public static final String PEOPLE_JSON = "data/people.json";
    public static final String APPOINTMENTS_CSV = "data/appointments.csv";
    private static final List<String> COLUMNS = List.of("signed", "doc_number", "jurisdiction", "person", "person_id",
            "gender", "action", "position", "organization", "post", "probation", "term", "notice_url", "file", "line");

    private final ObjectMapper json = new ObjectMapper();

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
                ObjectNode row = row(a, p, archive);
                records.add(row);
                rows.add(row);
            }
        }
        ArrayNode appointments = json.createArrayNode();
        rows.forEach(appointments::add);
        return List.of(
                new SiteFile(APPOINTMENTS_JSON, write(appointments)),
                new SiteFile(PEOPLE_JSON, write(people)),
                new SiteFile(APPOINTMENTS_CSV, csv(rows)));
    }

    private ObjectNode row(Appointment a, Person p, Archive archive) {
        ObjectNode row = json.createObjectNode();
        row.put("signed", a.signed() == null ? null : a.signed().toString());
        row.put("doc_number", a.docNumber());
        row.put("jurisdiction", a.jurisdiction());
        row.put("person", a.person());
        row.put("person_id", p.id());
        row.put("gender", a.gender());
        row.put("action", a.action().code());
        row.put("position", a.position());
        row.put("organization", a.organization());
        row.put("post", a.post());
        row.put("probation", a.probation());
        row.put("term", a.term());
        String notice = archive.documents().values().stream()
                .filter(d -> d.document().number() != null && d.document().number().normalized().equals(a.docNumber()))
                .map(ArchiveDocument::id).findFirst().orElse(null);
        row.put("notice_url", notice == null ? null : SitePaths.documentLine(notice, a.line()));
        row.put("file", a.file());
        row.put("line", a.line());
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
