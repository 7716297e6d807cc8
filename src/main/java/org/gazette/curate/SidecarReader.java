package org.gazette.curate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.gazette.model.Diagnostic;
import org.gazette.source.YamlTree;
import org.gazette.source.YamlValues;

/**
 * Reads the front matter of an editor's sidecar into its entries, each checked against what a
 * sidecar may say: a key not known (a typo such as {@code nots:}, or {@code document:} for
 * {@code documents:}) is a warning at its line, a value of the wrong shape (a list where one 文号
 * belongs) an error at its line, and the entry or field is not applied. Before, such slips were
 * ignored without a word, or matched nothing under an empty name.
 */
final class SidecarReader {

    private static final List<String> TOP = List.of("documents");
    private static final Set<String> ENTRY = Set.of("doc", "line", "set", "text", "note", "reason", "status", "status_reason");
    private static final Set<String> TEXT = Set.of("line", "from", "to");
    /** The metadata an entry may {@code set}. */
    private static final Set<String> FIELDS = Set.of("title", "doc_number", "signed", "type", "effective", "validity_years", "valid_until");

    /**
     * A sidecar's entry: which document (by {@code doc}, its 文号 or 令号, else by the {@code line} it
     * starts on) and what to do to it.
     *
     * @param fileLine the sidecar's line the entry starts on
     */
    record Entry(String doc, Integer line, Map<String, FieldValue> set, List<TextCorrection> text, String note,
                 String reason, FieldValue status, String statusReason, int fileLine) {

        /** How the entry names its document, for a message. */
        String named() {
            return doc != null ? doc : "starting on line " + line;
        }
    }

    /** A value to set (a metadata field, a status), with the sidecar's line it is on. */
    record FieldValue(String value, int fileLine) {
    }

    /** A correction of the text: {@code from} replaced by {@code to} in the paragraph at or before {@code line}. */
    record TextCorrection(int line, String from, String to, int fileLine) {
    }

    private final YamlValues values;
    private final YamlTree tree;

    private SidecarReader(YamlValues values) {
        this.values = values;
        this.tree = values.tree();
    }

    /** The entries of a sidecar's front matter; what cannot be applied is told in the diagnostics. */
    static List<Entry> entries(YamlTree tree, String file, List<Diagnostic> diagnostics) {
        return new SidecarReader(new YamlValues(tree, file, "sidecar-value", "sidecar-field", diagnostics)).entries();
    }

    private List<Entry> entries() {
        JsonNode root = values.top(TOP);
        List<Entry> entries = new ArrayList<>();
        if (root == null) return entries;
        JsonNode documents = values.list(root, "documents", "entries, one per document");
        for (int i = 0; documents != null && i < documents.size(); i++) {
            Entry entry = entry(documents.get(i), tree.line(documents, i));
            if (entry != null) entries.add(entry);
        }
        return entries;
    }

    private Entry entry(JsonNode node, int line) {
        if (!node.isObject()) {
            values.error(line, "an entry is a mapping with doc: (its 文号 or 令号) or line: (the line it starts on), not "
                    + YamlValues.shape(node));
            return null;
        }
        values.knownKeys(node, ENTRY);
        String doc = values.text(node, "doc");
        Integer start = values.number(node, "line");
        if (doc == null && start == null) {
            if (!node.hasNonNull("doc") && !node.hasNonNull("line")) {
                values.error(line, "an entry needs doc: (its 文号 or 令号) or line: (the line it starts on)");
            }
            return null;
        }
        String status = values.text(node, "status");
        return new Entry(doc, start, fields(node), corrections(node), values.text(node, "note"), values.text(node, "reason"),
                status == null ? null : new FieldValue(status, tree.line(node, "status")), values.text(node, "status_reason"), line);
    }

    private Map<String, FieldValue> fields(JsonNode entry) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        JsonNode set = values.mapping(entry, "set", "fields (title: …)");
        if (set == null) return fields;
        values.knownKeys(set, FIELDS);
        for (Iterator<String> names = set.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) continue;
            String value = values.text(set, name);
            if (value != null) fields.put(name, new FieldValue(value, tree.line(set, name)));
        }
        return fields;
    }

    private List<TextCorrection> corrections(JsonNode entry) {
        List<TextCorrection> corrections = new ArrayList<>();
        JsonNode text = values.list(entry, "text", "corrections {line, from, to}");
        for (int i = 0; text != null && i < text.size(); i++) {
            JsonNode t = text.get(i);
            int line = tree.line(text, i);
            if (!t.isObject()) {
                values.error(line, "a text correction is a mapping {line, from, to}, not " + YamlValues.shape(t));
                continue;
            }
            values.knownKeys(t, TEXT);
            Integer at = values.number(t, "line");
            String from = values.text(t, "from");
            String to = values.text(t, "to");
            if (at != null && from != null && !from.isEmpty() && to != null) {
                corrections.add(new TextCorrection(at, from, to, line));
            } else if (!t.hasNonNull("line") || !t.hasNonNull("from") || !t.hasNonNull("to") || "".equals(from)) {
                values.error(line, "a text correction needs line (a number), from (not empty) and to");
            }
        }
        return corrections;
    }
}
