package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette search}: the site's own index, read from what the last build kept when there is one. */
class SearchCommandTest {

    private static final String ISSUE = "gazettes/hunan-province/2024/2024-14.txt";

    @TempDir
    Path tmp;

    @Test
    void afterABuildSearchReadsWhatTheBuildKeptWritesNothingAndSeesLaterChanges() throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), tmp.resolve("content"));
        Path issue = content.resolve(ISSUE);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(issue, anHourAgo);
        Path site = tmp.resolve("site");
        String before = search(content, site, "湘政发2024 9");
        assertEquals("documents/湘政发-2024-9.html", urls(before).get(0), before);
        assertFalse(Files.exists(SiteBuild.cacheOf(site)), "no build: nothing kept, and nothing made by searching");

        Cli built = Cli.run("build", "--content", content.toString(), "--out", site.toString());
        assertEquals(0, built.exit(), built.err());
        Map<String, String> kept = files(SiteBuild.cacheOf(site));
        assertTrue(kept.size() > 5, "the parses and the index's state are kept: " + kept.keySet());
        assertEquals(before, search(content, site, "湘政发2024 9"), "from what the build kept: the same answers");

        // Renumbered in place, its size and time kept: the build's parse is taken, by its stamp, as the next build would.
        Files.writeString(issue, Files.readString(issue).replace("湘政发〔2024〕9号", "湘政发〔2024〕8号"));
        Files.setLastModifiedTime(issue, anHourAgo);
        assertEquals("documents/湘政发-2024-9.html", urls(search(content, site, "湘政发2024 9")).get(0), "the kept parse");

        // Changed since the build, by its time: parsed again and its entries analysed again, in memory.
        Files.setLastModifiedTime(issue, FileTime.from(Instant.now()));
        assertEquals("documents/湘政发-2024-8.html", urls(search(content, site, "湘政发2024 8")).get(0));
        assertFalse(urls(search(content, site, "湘政发〔2024〕9号")).contains("documents/湘政发-2024-9.html"),
                "the old number is gone from the index");
        assertEquals(kept, files(SiteBuild.cacheOf(site)), "nothing written beside the site");
    }

    private static String search(Path content, Path site, String query) {
        Cli r = Cli.run("search", "--content", content.toString(), "--out", site.toString(), "--json", query);
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    private static List<String> urls(String json) throws IOException {
        return new ObjectMapper().readTree(json).get("results").findValuesAsText("url");
    }

    /** Each file under a folder, with its size and modification time. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
