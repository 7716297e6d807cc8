package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PathOrderTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef";

    /** The site's paths as a build writes its manifest: path order. */
    private static List<String> site() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            paths.add("search/text/" + i + "/0.js");
            paths.add("documents/湘政发-" + (2000 + i % 25) + "-" + i + ".html");
        }
        paths.add("index.html");
        paths.add("sitemap.xml");
        Collections.sort(paths);
        return paths;
    }

    private static PreviousManifest manifest(List<String> paths) {
        return new PreviousManifest(paths.stream().map(p -> new Manifest.Line(p, HASH, null)).toList());
    }

    private static String[] sorted(List<String> paths) {
        String[] expected = paths.toArray(String[]::new);
        java.util.Arrays.sort(expected);
        return expected;
    }

    @Test
    void keptPathsInTheOldOrderAndNewOnesMergedIn() {
        List<String> old = site();
        List<String> claimed = new ArrayList<>(old);
        claimed.removeIf(p -> p.startsWith("search/text/7")); // an issue removed
        claimed.addAll(List.of("search/text/3000/0.js", "documents/湘政发-2024-9999.html", "a.html", "zz.html", "search/text/70/1.js"));
        Collections.shuffle(claimed, new Random(1)); // claimed from many threads
        assertArrayEquals(sorted(claimed), PathOrder.sorted(claimed, manifest(old)));
    }

    @Test
    void anOldManifestOutOfOrderOrNoneAtAllIsNotTrusted() {
        List<String> old = new ArrayList<>(site());
        Collections.swap(old, 10, 4000); // edited by hand
        List<String> claimed = new ArrayList<>(old);
        claimed.add("new.html");
        Collections.shuffle(claimed, new Random(2));
        assertArrayEquals(sorted(claimed), PathOrder.sorted(claimed, manifest(old)));
        assertArrayEquals(sorted(claimed), PathOrder.sorted(claimed, null));
        assertEquals(List.of("a", "b", "c"), List.of(PathOrder.sorted(Stream.of("c", "a", "b").toList(), manifest(List.of()))));
    }
}
