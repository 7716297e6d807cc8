package org.gazette.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleCurationReaderTest {

    @Test
    void readsCorrectionsSplitsAndMergesFromTheFrontMatter(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("curation"));
        Files.writeString(content.resolve(PeopleCurationReader.PATH), """
                ---
                correct:
                  - notice: 湘政人〔2024〕23号
                    person: 张越雷
                    set: {post: 总经理}
                    reason: 核对原件
                split:
                  - person: 永州市-王军
                    notice: 永政人〔2022〕14号
                merge:
                  - into: 永州市-王军
                    people: [湖南省-王军]
                  - people: [湖南省-李四]
                ---
                # 人员整理说明
                """);
        PeopleCurationReader.Result r = new PeopleCurationReader().read(content, "people.md");
        assertEquals(1, r.curation().corrections().size());
        assertEquals("总经理", r.curation().corrections().get(0).set().get("post"));
        assertEquals(3, r.curation().corrections().get(0).sourceLine());
        assertEquals(1, r.curation().splits().size());
        assertEquals(1, r.curation().merges().size());
        assertEquals("curation-entry", r.diagnostics().get(0).code(), "the merge without 'into' is reported");
    }

    @Test
    void reportsBrokenYamlWithTheFileLine(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("curation"));
        Files.writeString(content.resolve(PeopleCurationReader.PATH), "---\ncorrect:\n  - notice: [unclosed\n---\n");
        PeopleCurationReader.Result r = new PeopleCurationReader().read(content, "people.md");
        assertEquals("curation-invalid", r.diagnostics().get(0).code());
        assertEquals(true, r.diagnostics().get(0).line() >= 3, r.diagnostics().toString());
    }

    @Test
    void readsAFileSavedInGbkAndSaysSo(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("curation"));
        Files.write(content.resolve(PeopleCurationReader.PATH), """
                ---
                split:
                  - person: 永州市-王军
                    notice: 永政人〔2022〕14号
                ---
                """.getBytes(java.nio.charset.Charset.forName("GBK")));
        PeopleCurationReader.Result r = new PeopleCurationReader().read(content, "people.md");
        assertEquals("永州市-王军", r.curation().splits().get(0).person());
        assertEquals(java.util.List.of("encoding-detected"), r.diagnostics().stream().map(d -> d.code()).toList());
    }

    @Test
    void aCurationFileThatIsALinkLeadingNowhereIsSaid(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("curation"));
        Files.createSymbolicLink(content.resolve(PeopleCurationReader.PATH), content.resolve("moved/people.md"));
        PeopleCurationReader.Result r = new PeopleCurationReader().read(content, "content/curation/people.md");
        assertEquals(PeopleCuration.NONE, r.curation());
        assertEquals(1, r.diagnostics().size(), "not silently none: " + r.diagnostics());
        assertEquals("curation-unreadable", r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).message().contains("a link to " + content.resolve("moved/people.md") + ", which is not there"),
                r.diagnostics().get(0).message());
    }

    @Test
    void aKeyNotKnownAndAValueOfTheWrongShapeAreToldAtTheirLines(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("curation"));
        Files.writeString(content.resolve(PeopleCurationReader.PATH), """
                ---
                correct:
                  - notice: 湘政人〔2024〕23号
                    person: 张越雷
                    set: {postt: 总经理, post: 总经理}
                split:
                  - person: [永州市-王军]
                    notice: 永政人〔2022〕14号
                merge:
                  - into: 永州市-蒋宁
                    people: 蓝山县-蒋宁
                    reasn: 由县调市
                merges: []
                ---
                """);
        PeopleCurationReader.Result r = new PeopleCurationReader().read(content, "people.md");
        assertEquals(java.util.List.of(
                "people.md:13: warning [curation-key] unknown key 'merges' (known here: correct, merge, split): what it says is not applied",
                "people.md:5: warning [curation-key] unknown key 'postt' (known here: organization, person, position, post, "
                        + "probation, term): what it says is not applied",
                "people.md:7: error [curation-entry] person: one value, not a list",
                "people.md:7: error [curation-entry] a split needs person and notice: {\"person\":[\"永州市-王军\"],"
                        + "\"notice\":\"永政人〔2022〕14号\"}",
                "people.md:12: warning [curation-key] unknown key 'reasn' (known here: into, people, reason): what it says is not applied"),
                r.diagnostics().stream().map(Object::toString).toList());
        assertEquals(java.util.Map.of("post", "总经理"), r.curation().corrections().get(0).set(), "the known field applies");
        assertEquals(java.util.List.of("蓝山县-蒋宁"), r.curation().merges().get(0).people(), "one person is a list of one");
        assertEquals(0, r.curation().splits().size());
    }
}
