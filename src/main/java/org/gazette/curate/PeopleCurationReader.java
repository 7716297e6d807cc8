package org.gazette.curate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;
import org.gazette.source.TextDecoder;
import org.gazette.source.YamlTree;
import org.gazette.source.YamlValues;

/**
 * Reads {@code curation/people.md}: a Markdown file whose YAML front matter holds {@code correct},
 * {@code split} and {@code merge} lists (see the file in the sample content). A malformed entry is
 * reported with its line and skipped, a key not known (a typo) is a warning at its line; the rest
 * applies.
 */
public final class PeopleCurationReader {

    public static final String PATH = "curation/people.md";
    /** What a correction may set, in the order it is applied. */
    private static final List<String> CORRECTABLE = List.of("person", "position", "organization", "post", "probation", "term");

    public record Result(PeopleCuration curation, List<Diagnostic> diagnostics) {
    }

    public Result read(Path content, String displayName) {
        Path file = content.resolve(PATH);
        List<Diagnostic> diagnostics = new ArrayList<>();
        // None is none; a link leading nowhere is a file that cannot be read, said by reading it.
        if (!Files.isRegularFile(file) && !Files.isSymbolicLink(file)) return new Result(PeopleCuration.NONE, diagnostics);
        TextDecoder.Decoded text = TextDecoder.read(file, displayName);
        diagnostics.addAll(text.diagnostics("curation-unreadable"));
        if (text.text() == null) return new Result(PeopleCuration.NONE, diagnostics);
        List<String> lines = text.text().lines().toList();
        FrontMatter front = FrontMatter.of(lines);
        if (front == null) return new Result(PeopleCuration.NONE, diagnostics);
        YamlTree tree;
        try {
            tree = YamlTree.read(front.yaml(), front.firstLine());
        } catch (YamlTree.Unreadable e) {
            diagnostics.add(new Diagnostic(displayName, e.line(), Severity.ERROR, "curation-invalid",
                    "cannot read the YAML front matter: " + e.getMessage()));
            return new Result(PeopleCuration.NONE, diagnostics);
        }
        YamlValues values = new YamlValues(tree, displayName, "curation-entry", "curation-key", diagnostics);
        JsonNode root = values.top(List.of("correct", "split", "merge"));
        if (root == null) return new Result(PeopleCuration.NONE, diagnostics);
        List<PeopleCuration.Correction> corrections = new ArrayList<>();
        List<PeopleCuration.Split> splits = new ArrayList<>();
        List<PeopleCuration.Merge> merges = new ArrayList<>();
        for (Entry e : entries(values, root, "correct", List.of("notice", "person", "line", "set", "reason"))) {
            Map<String, String> set = new LinkedHashMap<>();
            JsonNode fields = values.mapping(e.node(), "set", "fields (post: …)");
            if (fields != null) {
                values.knownKeys(fields, CORRECTABLE);
                for (String field : CORRECTABLE) {
                    String value = values.text(fields, field);
                    if (value != null) set.put(field, value);
                }
            }
            String notice = values.text(e.node(), "notice");
            String person = values.text(e.node(), "person");
            Integer line = values.number(e.node(), "line");
            if (notice == null || person == null || set.isEmpty()) {
                values.error(e.line(), "a correction needs notice, person and set: " + e.node());
                continue;
            }
            corrections.add(new PeopleCuration.Correction(notice, person, line, set, values.text(e.node(), "reason"), e.line()));
        }
        for (Entry e : entries(values, root, "split", List.of("person", "notice", "reason"))) {
            String person = values.text(e.node(), "person");
            String notice = values.text(e.node(), "notice");
            if (person == null || notice == null) {
                values.error(e.line(), "a split needs person and notice: " + e.node());
                continue;
            }
            splits.add(new PeopleCuration.Split(person, notice, values.text(e.node(), "reason"), e.line()));
        }
        for (Entry e : entries(values, root, "merge", List.of("into", "people", "reason"))) {
            String into = values.text(e.node(), "into");
            List<String> people = values.texts(e.node(), "people");
            if (into == null || people.isEmpty()) {
                values.error(e.line(), "a merge needs into and people: " + e.node());
                continue;
            }
            merges.add(new PeopleCuration.Merge(into, people, values.text(e.node(), "reason"), e.line()));
        }
        return new Result(new PeopleCuration(displayName, corrections, splits, merges), diagnostics);
    }

    /** An item of one of the lists, and its line. */
    private record Entry(JsonNode node, int line) {
    }

    /** The mappings of a list, each checked for keys not known; an item that is no mapping is an error. */
    private static List<Entry> entries(YamlValues values, JsonNode root, String key, List<String> known) {
        List<Entry> entries = new ArrayList<>();
        JsonNode list = values.list(root, key, "entries");
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode item = list.get(i);
            int line = values.tree().line(list, i);
            if (item.isObject()) {
                values.knownKeys(item, known);
                entries.add(new Entry(item, line));
            } else {
                values.error(line, "an entry of " + key + " is a mapping, not " + YamlValues.shape(item));
            }
        }
        return entries;
    }
}
