package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void checksTheSampleContentAndExitsZero() {
        Cli r = Cli.run("check", "content");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("湖南省人民政府公报 2024年第14期（总第710期）, 2024-07-31"), r.out());
        assertTrue(r.out().contains("4 sources, 29 documents (30 printed: 1 reprint), 0 errors"),
                "湘卫发〔2024〕4号 is in two sources, and one document, as the build counts it: " + r.out());
    }

    @Test
    void printsOneJsonObjectWithTheDocumentedKeys() throws IOException {
        Cli r = Cli.run("check", "--json", "content/gazettes/hunan-province");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode source = root.get("sources").get(0);
        assertEquals(List.of("file", "issue", "toc", "documents", "appointments", "appointment_notes", "diagnostics"), names(source));
        JsonNode doc = source.get("documents").get(1);
        for (String key : List.of("title", "doc_number", "reg_code", "order_number", "issuers", "signed", "type", "section",
                "start_line", "end_line", "attachments", "effective", "validity_years", "repeals", "cites")) {
            assertTrue(doc.has(key), "missing key " + key);
        }
        assertEquals("湘政发〔2024〕9号", doc.get("doc_number").asText());
        assertEquals("2024-07-12", doc.get("signed").asText());
    }

    @Test
    void exitsOneWhenAFileCannotBeRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "décret n° 12, Journal officiel".getBytes(StandardCharsets.ISO_8859_1));
        Cli r = Cli.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("[encoding-unknown]"), r.out());
    }

    @Test
    void exitsTwoOnBadUsage() {
        assertEquals(2, Cli.run("check", "--no-such-option").exit());
        Cli missing = Cli.run("check", "no/such/folder");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        assertEquals(2, Cli.run().exit(), "no command");
    }

    @Test
    void tellsTheSlipsOfTheEditorsFilesWithoutBuilding(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path year = Files.createDirectories(content.resolve("gazettes/hunan-province/2024"));
        Files.writeString(content.resolve("gazettes/hunan-province/gazette.yaml"), "name: 湖南省人民政府公报\nregoin: 湖南省\n");
        Files.copy(Path.of("src/test/resources/fixtures/hunan-2024-14/input.txt"), year.resolve("2024-14.txt"));
        Files.writeString(year.resolve("2024-14.md"), "---\ndocuments:\n  - doc: 湘政发〔2024〕99号\n    note: 无此文\n"
                + "  - doc: 湘政发〔2024〕9号\n    status: gone\n---\n");
        Files.writeString(year.resolve("2024-15.md"), "---\ndocuments: []\n---\n");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/about.md"), "---\ntitle: 关于\nmenu: first\n---\n正文\n");

        Cli r = Cli.run("check", content.toString());
        assertEquals(1, r.exit(), r.out());
        String section = r.out().substring(r.out().indexOf("editor's files"));
        assertEquals(List.of(
                "editor's files: 2 errors, 3 warnings",
                "    content/gazettes/hunan-province/2024/2024-14.md:3: warning [curation-no-match] no document 湘政发〔2024〕99号 in "
                        + DisplayPaths.of(year.resolve("2024-14.txt")),
                "    content/gazettes/hunan-province/2024/2024-14.md:6: error [sidecar-value] unknown status 'gone' (in-force, "
                        + "not-yet-in-force, expired, repealed)",
                "    content/gazettes/hunan-province/2024/2024-15.md:0: warning [sidecar-orphaned] no 2024-15.txt beside it: what it "
                        + "corrects is applied to nothing (was the text renamed or removed?)",
                "    content/gazettes/hunan-province/gazette.yaml:2: warning [metadata-unknown-key] unknown key 'regoin' (known here: "
                        + "kind, level, name, publisher, region): what it says is not applied",
                "    content/pages/about.md:3: error [page-front-matter] menu: a whole number, not 'first'",
                "",
                "1 source, 7 documents, 2 errors, 3 warnings (notes hidden; --verbose shows them)",
                "what a [code] means and what to do: gazette explain CODE"),
                section.lines().toList());

        Cli gazette = Cli.run("check", content.resolve("gazettes/hunan-province").toString());
        assertEquals(1, gazette.exit(), gazette.out());
        String its = gazette.out().substring(gazette.out().indexOf("editor's files"));
        assertTrue(its.startsWith("editor's files: 1 error, 3 warnings"), "a gazette's folder: its own files, not the pages: " + its);
        assertTrue(its.contains("content/gazettes/hunan-province/gazette.yaml:2: warning [metadata-unknown-key]"), its);
        assertTrue(its.contains("content/gazettes/hunan-province/2024/2024-15.md:0: warning [sidecar-orphaned]"), its);

        Cli one = Cli.run("check", "--json", year.resolve("2024-14.txt").toString());
        assertEquals(1, one.exit(), "a text given alone is checked with its sidecar, not the folder's files");
        JsonNode editorFiles = new ObjectMapper().readTree(one.out()).get("editor_files");
        assertEquals(2, editorFiles.size(), editorFiles.toString());
        assertEquals("curation-no-match", editorFiles.get(0).get("code").asText());
        assertEquals(3, editorFiles.get(0).get("line").asInt());
        assertEquals("sidecar-value", editorFiles.get(1).get("code").asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
