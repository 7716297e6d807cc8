package org.gazette.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/** What a curated source is made from: its parse, and the sidecar whose corrections were applied. */
class SidecarCuratorTest {

    private static final Path SEED = Path.of("src/test/resources/fixtures/hunan-2024-14/input.txt");

    @TempDir
    Path tmp;

    @Test
    void aCuratedSourceIsMadeFromItsParseAndTheSidecarApplied() throws IOException {
        Path text = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParsedSource parsed = new SourceParser().parse(new SourceReader().read(text, "2024-14.txt"), "2024-14.txt");
        SidecarCurator curator = new SidecarCurator();
        assertEquals("parse", curator.apply(parsed, text, "2024-14.md").madeFrom("parse"), "no sidecar: the parse");

        Path sidecar = tmp.resolve("2024-14.md");
        Files.writeString(sidecar, "---\ndocuments:\n  - doc: 湘政发〔2024〕9号\n    note: 一\n---\n");
        String first = curator.apply(parsed, text, "2024-14.md").madeFrom("parse");
        assertNotEquals("parse", first);
        assertEquals(first, curator.apply(parsed, text, "2024-14.md").madeFrom("parse"), "the same sidecar, the same");
        assertNotEquals(first, curator.apply(parsed, text, "2024-14.md").madeFrom("another parse"));
        Files.writeString(sidecar, "---\ndocuments:\n  - doc: 湘政发〔2024〕9号\n    note: 二\n---\n");
        assertNotEquals(first, curator.apply(parsed, text, "2024-14.md").madeFrom("parse"), "another sidecar");

        Files.write(sidecar, new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
        SidecarCurator.Result unreadable = curator.apply(parsed, text, "2024-14.md");
        assertEquals("parse", unreadable.madeFrom("parse"), "nothing applied: the parse");
        assertEquals(parsed, unreadable.source());
        assertTrue(unreadable.diagnostics().stream().anyMatch(d -> d.code().equals("sidecar-unreadable")), unreadable.diagnostics().toString());
    }

    @Test
    void aSidecarWhoseTextWasRenamedIsSaidNotSilentlyApplied(@TempDir Path dir) throws IOException {
        Path gazette = Files.createDirectories(dir.resolve("content/gazettes/test-city"));
        Files.writeString(gazette.resolve("gazette.yaml"), "name: 测试市人民政府公报\n");
        Path year = Files.createDirectories(gazette.resolve("2024"));
        Files.writeString(year.resolve("2024-01.txt"), "测试市人民政府公报");
        Files.writeString(year.resolve("2024-01.md"), "---\ndocuments: []\n---\n");
        Files.writeString(year.resolve("2024-02.md"), "---\ndocuments: []\n---\n"); // its text renamed 2024-2.txt
        Files.writeString(year.resolve("2024-2.txt"), "测试市人民政府公报");
        Files.writeString(gazette.resolve("README.md"), "这份公报的文本来自……");

        ContentTree.GazetteFolder folder = new ContentTree().scan(dir.resolve("content")).gazettes().get(0);
        assertEquals(List.of(year.resolve("2024-01.md"), year.resolve("2024-02.md"), gazette.resolve("README.md")), folder.markdown());
        List<Diagnostic> orphans = SidecarCurator.orphans(folder.files(), folder.markdown(), p -> ContentTree.nameOf(dir.resolve("content"), p));
        assertEquals(List.of("content/gazettes/test-city/2024/2024-02.md:0: warning [sidecar-orphaned] no 2024-02.txt beside it: "
                + "what it corrects is applied to nothing (was the text renamed or removed?)"), orphans.stream().map(Diagnostic::toString).toList());
    }

    @Test
    void aSidecarsSlipsAreToldAtTheirOwnLinesAndWhatIsRightIsApplied() throws IOException {
        Curated curated = curate("""
                ---
                documents:
                  - doc: [湘政发〔2024〕9号]
                  - doc: 湘政发〔2024〕9号
                    nots: 拼错
                    note: 已核对
                    set:
                      title: [甲, 乙]
                    text: 错字
                    status: gone
                  - 湘政发〔2024〕9号
                  - note: 无所指
                document: []
                ---
                """);
        SidecarCurator.Result result = curated.result();
        assertEquals(List.of(
                "2024-14.md:13: warning [sidecar-field] unknown key 'document' (known here: documents): what it says is not applied",
                "2024-14.md:3: error [sidecar-value] doc: one value, not a list",
                "2024-14.md:5: warning [sidecar-field] unknown key 'nots' (known here: doc, line, note, reason, set, status, "
                        + "status_reason, text): what it says is not applied",
                "2024-14.md:8: error [sidecar-value] title: one value, not a list",
                "2024-14.md:9: error [sidecar-value] text is a list of corrections {line, from, to} (each item begins with '- '), "
                        + "not '错字'",
                "2024-14.md:11: error [sidecar-value] an entry is a mapping with doc: (its 文号 or 令号) or line: (the line it "
                        + "starts on), not '湘政发〔2024〕9号'",
                "2024-14.md:12: error [sidecar-value] an entry needs doc: (its 文号 or 令号) or line: (the line it starts on)"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        int start = curated.parsed().documents().stream().filter(d -> d.number() != null && d.number().equals(
                        org.gazette.parse.Identifiers.documentNumberLine("湘政发〔2024〕9号").orElseThrow()))
                .findFirst().orElseThrow().startLine();
        assertEquals(List.of("编者注：已核对"), result.curation().notes().get(start), "the entry's right parts are applied");
        assertEquals(new SourceCuration.StatusOverride("gone", null, "2024-14.md", 10), result.curation().statuses().get(start),
                "a status is checked where it is known, and told at its own line");
    }

    @Test
    void anEditorSetsAValiditysLastDayOrItsYears() throws IOException {
        Curated curated = curate("""
                ---
                documents:
                  - doc: 湘政发〔2024〕9号
                    set: {valid_until: 2026-12-31}
                  - doc: 湘政办发〔2024〕24号
                    set: {valid_until: 明年年底, validity_years: 3}
                ---
                """);
        SidecarCurator.Result result = curated.result();
        assertEquals(List.of("2024-14.md:6: error [sidecar-value] valid_until: not a day: '明年年底' (write it as 2024-12-31)"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        java.util.function.Function<String, org.gazette.model.Document> byNumber = number -> result.source().documents().stream()
                .filter(d -> d.number() != null && d.number().normalized().equals(number)).findFirst().orElseThrow();
        assertEquals(org.gazette.model.Validity.until(java.time.LocalDate.of(2026, 12, 31)), byNumber.apply("湘政发〔2024〕9号").validity());
        assertEquals(org.gazette.model.Validity.years(3), byNumber.apply("湘政办发〔2024〕24号").validity(), "the slip told, the rest applied");
        assertTrue(result.curation().notes().values().stream().flatMap(List::stream)
                .anyMatch(n -> n.startsWith("编者更正有效期：") && n.endsWith("→「至2026-12-31」")), result.curation().notes().toString());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAndTheRestOfTheSidecarApplies() throws IOException {
        Curated curated = curate("""
                ---
                documents:
                  - doc: 湘政发〔2024〕9号
                    note: 一
                    note: 二
                  - doc: 湘政办发〔2024〕24号
                    note: 三
                ---
                """);
        SidecarCurator.Result result = curated.result();
        assertEquals(List.of("2024-14.md:5: error [sidecar-value] note: given twice in one mapping (lines 4 and 5); the second "
                + "value is used, the first is not"), result.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(List.of(List.of("编者注：三"), List.of("编者注：二")), result.curation().notes().values().stream()
                .sorted(java.util.Comparator.comparing(List::toString)).toList(), "every entry applied, not one dropped for the slip");
    }

    /** The sample issue's parse, and its sidecar with this text applied to it. */
    private record Curated(ParsedSource parsed, SidecarCurator.Result result) {
    }

    private Curated curate(String sidecar) throws IOException {
        Path text = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParsedSource parsed = new SourceParser().parse(new SourceReader().read(text, "2024-14.txt"), "2024-14.txt");
        Files.writeString(tmp.resolve("2024-14.md"), sidecar);
        return new Curated(parsed, new SidecarCurator().apply(parsed, text, "2024-14.md"));
    }
}
