package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
        PreviousManifest previous = new PreviousManifest(new Manifest(files));

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
        PreviousManifest previous = new PreviousManifest(new Manifest(Map.of("a.html", "not a hash", "b.html", "")));
        assertFalse(previous.unchanged("a.html", Manifest.hash(bytes("a"))));
        assertFalse(previous.unchanged("b.html", Manifest.hash(bytes("b"))));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
