package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gazette.export.ParseJson;
import org.gazette.model.ParsedSource;
import org.gazette.model.Severity;
import org.gazette.source.SourceReader;

/**
 * Parses each sample under {@code src/test/resources/fixtures} and compares the result with its
 * hand-checked {@code expected.json}, field by field (see the fixtures' README).
 */
class ParserFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final ObjectMapper mapper = new ObjectMapper();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesAsHandChecked(String name) throws IOException {
        Path dir = FIXTURES.resolve(name);
        ParsedSource parsed = new SourceParser().parse(new SourceReader().read(dir.resolve("input.txt"), name), name);
        JsonNode actual = new ParseJson().source(parsed);
        JsonNode expected = mapper.readTree(dir.resolve("expected.json").toFile());

        compare(name + ".issue", expected.get("issue"), actual.get("issue"));
        compare(name + ".toc", expected.get("toc"), actual.get("toc"));
        JsonNode expectedDocs = expected.get("documents");
        JsonNode actualDocs = actual.get("documents");
        for (int k = 0; k < Math.min(expectedDocs.size(), actualDocs.size()); k++) {
            compareDocument(name + ".documents[" + k + "]", expectedDocs.get(k), actualDocs.get(k));
        }
        assertEquals(expectedDocs.size(), actualDocs.size(), name + ": number of documents; titles found: "
                + titles(actualDocs));
        compareAppointments(name, expected, actual);
        for (JsonNode want : expected.path("diagnostics")) {
            boolean found = false;
            for (JsonNode d : actual.get("diagnostics")) {
                if (d.get("line").asInt() == want.get("line").asInt() && d.get("code").asText().equals(want.get("code").asText())) {
                    found = true;
                }
            }
            assertTrue(found, name + ": expected diagnostic " + want + " in " + actual.get("diagnostics"));
        }
        assertTrue(parsed.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
                name + ": no errors expected, got " + parsed.diagnostics());
        if (expected.path("no_other_warnings").asBoolean()) {
            for (var d : parsed.diagnostics()) {
                if (d.severity() == Severity.INFO) continue;
                boolean listed = false;
                for (JsonNode want : expected.path("diagnostics")) {
                    listed |= want.get("line").asInt() == d.line() && want.get("code").asText().equals(d.code());
                }
                assertTrue(listed, name + ": a warning the fixture does not list: " + d);
            }
        }
    }

    /**
     * Expected appointments are listed per notice (doc_number, signed, jurisdiction) as rows of
     * {@code appointment_fields}; every record is compared in order, every field.
     */
    private static void compareAppointments(String name, JsonNode expected, JsonNode actual) {
        List<String> fields = new ArrayList<>();
        expected.get("appointment_fields").forEach(f -> fields.add(f.asText()));
        List<String> want = new ArrayList<>();
        for (JsonNode notice : expected.get("appointments")) {
            for (JsonNode row : notice.get("records")) {
                StringBuilder b = new StringBuilder(notice.get("doc_number").asText() + " " + notice.get("signed").asText()
                        + " " + notice.get("jurisdiction").asText());
                for (int i = 0; i < fields.size(); i++) b.append(" | ").append(fields.get(i)).append('=').append(text(row.get(i)));
                want.add(b.toString());
            }
        }
        List<String> got = new ArrayList<>();
        for (JsonNode a : actual.get("appointments")) {
            StringBuilder b = new StringBuilder(a.get("doc_number").asText() + " " + a.get("signed").asText() + " "
                    + a.get("jurisdiction").asText());
            for (String f : fields) b.append(" | ").append(f).append('=').append(text(a.get(f)));
            got.add(b.toString());
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), name + ": appointment record " + i);
        }
        assertEquals(want.size(), got.size(), name + ": number of appointment records");
        assertEquals(expected.get("appointment_notes"), actual.get("appointment_notes"), name + ": appointment notes");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asText();
    }

    private void compareDocument(String where, JsonNode expected, JsonNode actual) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode got = actual.get(key);
            if (key.equals("cites") || key.equals("repeals")) {
                List<String> keys = new ArrayList<>();
                got.forEach(c -> keys.add(c.get("key").asText()));
                List<String> want = new ArrayList<>();
                field.getValue().forEach(c -> want.add(c.asText()));
                assertEquals(want, keys, where + "." + key + " (document " + actual.get("title") + ")");
            } else if (key.equals("explains")) {
                assertEquals(field.getValue().isNull() ? null : field.getValue().asText(),
                        got.isNull() ? null : got.get("key").asText(), where + ".explains");
            } else {
                compare(where + "." + key, field.getValue(), got);
            }
        }
    }

    /** Every key of {@code expected} must be in {@code actual} with an equal value; arrays must match in full. */
    private static void compare(String where, JsonNode expected, JsonNode actual) {
        if (expected == null || expected.isNull()) {
            if (actual != null && !actual.isNull()) fail(where + ": expected null, got " + actual);
            return;
        }
        if (actual == null || actual.isNull()) fail(where + ": expected " + expected + ", got null");
        if (expected.isObject()) {
            expected.fields().forEachRemaining(f -> compare(where + "." + f.getKey(), f.getValue(), actual.get(f.getKey())));
        } else if (expected.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(where + "[" + i + "]", expected.get(i), actual.get(i));
            }
            assertEquals(expected.size(), actual.size(), where + ": length; got " + actual);
        } else {
            assertEquals(expected.asText(), actual.asText(), where);
            assertEquals(expected.isNumber(), actual.isNumber(), where + ": number versus string");
        }
    }

    private static List<String> titles(JsonNode docs) {
        List<String> titles = new ArrayList<>();
        docs.forEach(d -> titles.add(d.get("start_line") + " " + d.get("title").asText()));
        return titles;
    }
}
