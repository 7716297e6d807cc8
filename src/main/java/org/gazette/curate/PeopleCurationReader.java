package org.gazette.curate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;
import org.gazette.source.TextDecoder;

/**
 * Reads {@code curation/people.md}: a Markdown file whose YAML front matter holds {@code correct},
 * {@code split} and {@code merge} lists (see the file in the sample content). A malformed entry is
 * reported with its line and skipped; the rest applies.
 */
public final class PeopleCurationReader {

    public static final String PATH = "curation/people.md";
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

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
        JsonNode root;
        try {
            root = yaml.readTree(front.yaml());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : front.firstLine() + e.getLocation().getLineNr() - 1;
            diagnostics.add(new Diagnostic(displayName, line, Severity.ERROR, "curation-invalid",
                    "cannot read the YAML front matter: " + e.getOriginalMessage()));
            return new Result(PeopleCuration.NONE, diagnostics);
        }
        if (root == null || !root.isObject()) return new Result(PeopleCuration.NONE, diagnostics);
        List<PeopleCuration.Correction> corrections = new ArrayList<>();
        List<PeopleCuration.Split> splits = new ArrayList<>();
        List<PeopleCuration.Merge> merges = new ArrayList<>();
        for (JsonNode e : root.path("correct")) {
            int line = front.lineOf(e.path("notice").asText(""));
            Map<String, String> set = new LinkedHashMap<>();
            e.path("set").fields().forEachRemaining(f -> set.put(f.getKey(), f.getValue().asText()));
            if (!e.hasNonNull("notice") || !e.hasNonNull("person") || set.isEmpty()) {
                diagnostics.add(new Diagnostic(displayName, line, Severity.ERROR, "curation-entry",
                        "a correction needs notice, person and set: " + e));
                continue;
            }
            corrections.add(new PeopleCuration.Correction(e.get("notice").asText(), e.get("person").asText(),
                    e.hasNonNull("line") ? e.get("line").asInt() : null, set, e.path("reason").asText(null), line));
        }
        for (JsonNode e : root.path("split")) {
            int line = front.lineOf(e.path("person").asText(""));
            if (!e.hasNonNull("person") || !e.hasNonNull("notice")) {
                diagnostics.add(new Diagnostic(displayName, line, Severity.ERROR, "curation-entry",
                        "a split needs person and notice: " + e));
                continue;
            }
            splits.add(new PeopleCuration.Split(e.get("person").asText(), e.get("notice").asText(),
                    e.path("reason").asText(null), line));
        }
        for (JsonNode e : root.path("merge")) {
            int line = front.lineOf(e.path("into").asText(""));
            List<String> people = new ArrayList<>();
            e.path("people").forEach(p -> people.add(p.asText()));
            if (!e.hasNonNull("into") || people.isEmpty()) {
                diagnostics.add(new Diagnostic(displayName, line, Severity.ERROR, "curation-entry",
                        "a merge needs into and people: " + e));
                continue;
            }
            merges.add(new PeopleCuration.Merge(e.get("into").asText(), people, e.path("reason").asText(null), line));
        }
        return new Result(new PeopleCuration(displayName, corrections, splits, merges), diagnostics);
    }
}
