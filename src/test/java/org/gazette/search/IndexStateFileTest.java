package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index state between builds: read back as written, or not at all. */
class IndexStateFileTest {

    private static final IndexState STATE = new IndexState(
            List.of("documents/湘政发-2024-9.html", "people/张毅.html"),
            List.of("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"),
            List.of(5400, 31), List.of("00112233445566778899aabbccddeeff", ""),
            java.util.Arrays.asList("2024-07-31", null),
            List.of(new String[] {"湖南省人民政府关于…的通知", "湘政发〔2024〕9号", "", null}, new String[] {"张毅", "", "张毅", "永州市"}),
            Map.of(1, List.of("张毅", "副主")),
            Map.of("张毅", new TermPostings(1, new int[] {1, 2200, 0}),
                    "副主", new TermPostings(2, new int[] {1, 1500, 0, 0, 700, 65534}),
                    "2024", new TermPostings(900, new int[] {0, 1, 3})));

    @TempDir
    Path tmp;

    @Test
    void aStateIsReadBackAsWritten() throws IOException {
        Path file = tmp.resolve("cache/index");
        IndexStateFile.write(file, "code 1", STATE);
        IndexState read = IndexStateFile.read(file, "code 1").orElseThrow();
        assertEquals(STATE.urls(), read.urls());
        assertEquals(STATE.hashes(), read.hashes());
        assertEquals(STATE.lengths(), read.lengths());
        assertEquals(STATE.stamps(), read.stamps());
        assertEquals(STATE.sinces(), read.sinces());
        for (int i = 0; i < STATE.fields().size(); i++) assertArrayEquals(STATE.fields().get(i), read.fields().get(i));
        assertEquals(STATE.listedTerms(), read.listedTerms());
        assertEquals(STATE.postings().keySet(), read.postings().keySet());
        STATE.postings().forEach((term, p) -> {
            assertEquals(p.df(), read.postings().get(term).df(), term);
            assertArrayEquals(p.postings(), read.postings().get(term).postings(), term);
        });
        assertTrue(Files.exists(file) && !Files.exists(tmp.resolve("cache/index.new")), "moved into place");
    }

    @Test
    void anotherCodesOrACutOrAMissingStateIsNone() throws IOException {
        Path file = tmp.resolve("index");
        assertTrue(IndexStateFile.read(file, "code 1").isEmpty(), "missing");
        IndexStateFile.write(file, "code 1", STATE);
        assertTrue(IndexStateFile.read(file, "code 2").isEmpty(), "weights change with the code");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertTrue(IndexStateFile.read(file, "code 1").isEmpty(), "cut at the end");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(IndexStateFile.read(file, "code 1").isEmpty(), "cut in the middle");
        Files.write(file, Arrays.copyOf(bytes, bytes.length + 1));
        assertTrue(IndexStateFile.read(file, "code 1").isEmpty(), "something after its end");
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(bytes);
        }
        Files.write(file, deflated.toByteArray());
        assertTrue(IndexStateFile.read(file, "code 1").isEmpty(), "deflated, as an earlier version wrote it");
    }
}
