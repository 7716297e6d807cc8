package org.gazette.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
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
}
