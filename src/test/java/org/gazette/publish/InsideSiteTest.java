package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsideSiteTest {

    @Test
    void pathsThatStayInTheSite() {
        for (String path : List.of("index.html", "documents/湘政发-2024-9.html", "./a.html", "a/../b.html",
                "search/text/12/0.js", "a/./b", "a/b/../../c")) {
            assertTrue(InsideSite.contains(path), path);
        }
    }

    @Test
    void pathsThatLeaveTheSiteOrNameItWhole() {
        for (String path : List.of("", "/etc/passwd", "\\\\server\\share", "../site2/index.html", "a/../../b",
                "..", ".", "a/..", "./", "a\\..\\..\\b", "documents/..\\..\\x")) {
            assertFalse(InsideSite.contains(path), path);
        }
    }

    @Test
    void resolvingRefusesWhatLeavesAndKeepsWhatStays(@TempDir Path site) throws IOException {
        assertEquals(site.resolve("a/b.html"), InsideSite.resolve(site, "a/./b.html"));
        IOException e = assertThrows(IOException.class, () -> InsideSite.resolve(site, "../outside.html"));
        assertEquals("refusing to write outside the site: ../outside.html", e.getMessage());
    }
}
