package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PreviousManifestTest {

    @Test
    void knowsEachPathWithItsOwnHashOnly() {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 5000; i++) files.put("search/text/" + i + "/0.js", Manifest.hash(bytes("piece " + i)));
        files.put("index.html", Manifest.hash(bytes("home")));
        PreviousManifest previous = new PreviousManifest(lines(files));

        assertTrue(previous.unchanged("index.html", Manifest.hash(bytes("home"))));
        assertFalse(previous.unchanged("index.html", Manifest.hash(bytes("home, changed"))));
        for (int i = 0; i < 5000; i++) {
            assertTrue(previous.unchanged("search/text/" + i + "/0.js", Manifest.hash(bytes("piece " + i))));
            assertFalse(previous.unchanged("search/text/" + i + "/0.js", Manifest.hash(bytes("piece " + (i + 1)))));
        }
        assertFalse(previous.unchanged("search/text/5000/0.js", Manifest.hash(bytes("piece 5000"))), "a new path");
    }

    @Test
    void aHashEditedByHandMatchesNothing() {
        PreviousManifest previous = new PreviousManifest(lines(Map.of("a.html", "not a hash", "b.html", "")));
        assertFalse(previous.unchanged("a.html", Manifest.hash(bytes("a"))));
        assertFalse(previous.unchanged("b.html", Manifest.hash(bytes("b"))));
    }

    /** A manifest's lines: path → content hash, no inputs. */
    private static java.util.List<Manifest.Line> lines(Map<String, String> files) {
        return files.entrySet().stream().map(e -> new Manifest.Line(e.getKey(), e.getValue(), null)).toList();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aManifestKeepsPageFingerprintsAndOneOfAnEarlierVersionIsNotTrusted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path site)
            throws java.io.IOException {
        String home = Manifest.hash(bytes("home"));
        String inputs = Manifest.hash(bytes("model of home"));
        Manifest.write(site.resolve(Manifest.FILE), java.util.List.of(new Manifest.Line("index.html", home, inputs),
                new Manifest.Line("meta.js", Manifest.hash(bytes("m")), null)));
        java.util.List<Manifest.Line> read = Manifest.lines(site).orElseThrow();
        assertTrue(paths(read).containsAll(java.util.List.of("index.html", "meta.js")));
        assertEquals(Map.of("index.html", inputs), inputs(read));
        PreviousManifest previous = new PreviousManifest(Manifest.lines(site).orElseThrow());
        int slot = previous.madeFrom("index.html", Hash128.high(inputs), Hash128.low(inputs));
        assertEquals(home, Hash128.hex(previous.high(slot), previous.low(slot)));
        String another = Manifest.hash(bytes("another model"));
        assertEquals(-1, previous.madeFrom("index.html", Hash128.high(another), Hash128.low(another)));
        assertEquals(-1, previous.madeFrom("meta.js", Hash128.high(inputs), Hash128.low(inputs)), "made without a fingerprint");
        assertEquals(-1, previous.madeFrom("index.html", 0, 0), "no fingerprint matches nothing");

        // Versions 1 and 2 hashed with SHA-256: not comparable, so the site is written again whole.
        java.nio.file.Files.writeString(site.resolve(Manifest.FILE), "gazette-manifest 1\n" + home + "\tindex.html\n");
        assertTrue(Manifest.lines(site).isEmpty());
        java.nio.file.Files.writeString(site.resolve(Manifest.FILE), "gazette-manifest 2\n" + home + "\t-\tindex.html\n");
        assertTrue(Manifest.lines(site).isEmpty());
    }

    private static java.util.List<String> paths(java.util.List<Manifest.Line> lines) {
        return lines.stream().map(Manifest.Line::path).toList();
    }

    private static Map<String, String> inputs(java.util.List<Manifest.Line> lines) {
        return lines.stream().filter(l -> l.inputs() != null)
                .collect(java.util.stream.Collectors.toMap(Manifest.Line::path, Manifest.Line::inputs));
    }
}
