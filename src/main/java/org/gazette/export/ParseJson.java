package org.gazette.export;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gazette.model.Appointment;
import org.gazette.model.AppointmentNote;
import org.gazette.model.Attachment;
import org.gazette.model.Citation;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.IssueMasthead;
import org.gazette.model.ParsedSource;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;

/**
 * The JSON form of parse results, as {@code gazette check --json} prints it and the fixture tests
 * compare it. Keys are snake_case and always present ({@code null} or {@code []} when absent), in a
 * fixed order, so that the output is stable and diffable.
 */
public final class ParseJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode report(List<ParsedSource> sources) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("sources");
        sources.forEach(s -> array.add(source(s)));
        return root;
    }

    /** The sources, then the problems of the editor's files ({@code "editor_files"}: diagnostics as a source's). */
    public ObjectNode report(List<ParsedSource> sources, List<Diagnostic> editorFiles) {
        ObjectNode root = report(sources);
        ArrayNode array = root.putArray("editor_files");
        editorFiles.forEach(d -> array.add(diagnostic(d)));
        return root;
    }

    public ObjectNode source(ParsedSource source) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", source.file());
        node.set("issue", issue(source.issue()));
        node.set("toc", toc(source.toc()));
        ArrayNode documents = node.putArray("documents");
        source.documents().forEach(d -> documents.add(document(d)));
        ArrayNode appointments = node.putArray("appointments");
        source.appointments().forEach(a -> appointments.add(appointment(a)));
        ArrayNode notes = node.putArray("appointment_notes");
        for (AppointmentNote n : source.appointmentNotes()) {
            notes.addObject().put("doc_number", n.docNumber()).put("text", n.text()).put("line", n.line());
        }
        ArrayNode diagnostics = node.putArray("diagnostics");
        source.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return node;
    }

    private JsonNode issue(IssueMasthead issue) {
        if (issue == null) return mapper.nullNode();
        ObjectNode node = mapper.createObjectNode();
        node.put("gazette", issue.gazetteName());
        node.put("publisher", issue.publisher());
        node.put("year", issue.year());
        node.put("number", issue.number());
        node.put("unit", issue.unit());
        node.put("cumulative", issue.cumulative());
        node.put("published", issue.published() == null ? null : issue.published().toString());
        node.put("line", issue.line());
        return node;
    }

    private JsonNode toc(TableOfContents toc) {
        if (toc == null) return mapper.nullNode();
        ObjectNode node = mapper.createObjectNode();
        node.put("line", toc.line());
        ArrayNode sections = node.putArray("sections");
        toc.sections().forEach(sections::add);
        ArrayNode entries = node.putArray("entries");
        for (TocEntry e : toc.entries()) {
            ObjectNode entry = entries.addObject();
            entry.put("section", e.section());
            entry.put("title", e.title());
            entry.put("doc_number", e.number() == null ? null : e.number().normalized());
            entry.put("reg_code", e.registration() == null ? null : e.registration().normalized());
            entry.put("order_number", e.order() == null ? null : e.order().normalized());
            if (e.page() == null) entry.putNull("page");
            else entry.put("page", e.page());
            entry.put("line", e.line());
        }
        return node;
    }

    public ObjectNode document(Document d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("title", d.title());
        node.put("doc_number", d.number() == null ? null : d.number().normalized());
        node.put("doc_number_source", d.number() == null ? null : d.number().source());
        node.put("reg_code", d.registration() == null ? null : d.registration().normalized());
        node.put("order_number", d.order() == null ? null : d.order().normalized());
        ArrayNode issuers = node.putArray("issuers");
        d.issuers().forEach(issuers::add);
        node.put("addressees", d.addressees());
        node.put("signed", d.signed() == null ? null : d.signed().toString());
        node.put("type", d.type());
        node.put("section", d.section());
        node.put("start_line", d.startLine());
        node.put("end_line", d.endLine());
        ArrayNode attachments = node.putArray("attachments");
        for (Attachment a : d.attachments()) {
            ObjectNode item = attachments.addObject();
            item.put("label", a.label());
            item.put("title", a.title());
            if (a.startLine() == 0) item.putNull("line");
            else item.put("line", a.startLine());
        }
        node.put("effective", d.effective());
        if (d.validity() == null || d.validity().years() == null) node.putNull("validity_years");
        else node.put("validity_years", d.validity().years());
        node.put("valid_until", d.validity() == null || d.validity().until() == null ? null : d.validity().until().toString());
        ArrayNode repeals = node.putArray("repeals");
        d.repeals().forEach(c -> repeals.add(citation(c)));
        ArrayNode amends = node.putArray("amends");
        d.amends().forEach(c -> amends.add(citation(c)));
        ArrayNode cites = node.putArray("cites");
        d.cites().forEach(c -> cites.add(citation(c)));
        node.set("explains", d.explains() == null ? mapper.nullNode() : citation(d.explains()));
        return node;
    }

    public ObjectNode appointment(Appointment a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("doc_number", a.docNumber());
        node.put("person", a.person());
        node.put("gender", a.gender());
        node.put("action", a.action().code());
        node.put("position", a.position());
        node.put("organization", a.organization());
        node.put("post", a.post());
        node.put("probation", a.probation());
        node.put("term", a.term());
        node.put("signed", a.signed() == null ? null : a.signed().toString());
        node.put("jurisdiction", a.jurisdiction());
        node.put("line", a.line());
        return node;
    }

    private ObjectNode citation(Citation c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("key", c.key());
        node.put("title", c.title());
        node.put("doc_number", c.number() == null ? null : c.number().normalized());
        node.put("order_number", c.order() == null ? null : c.order().normalized());
        node.put("line", c.line());
        return node;
    }

    private ObjectNode diagnostic(Diagnostic d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", d.file());
        node.put("line", d.line());
        node.put("severity", d.severity().label());
        node.put("code", d.code());
        node.put("message", d.message());
        return node;
    }

    public String write(JsonNode node) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise parse results", e);
        }
    }
}
