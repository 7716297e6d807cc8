package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import org.junit.jupiter.api.Test;

class SearchFilesTest {

    @Test
    void base36InPlaceIsLongToString() {
        Random random = new Random(36);
        LongStream edges = LongStream.of(0, 1, 35, 36, 37, 1295, 1296, 60_466_175, 60_466_176, Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L, 2_176_782_335L, 2_176_782_336L, 60_466_176L * 60_466_176L, Long.MAX_VALUE, -1, -36, Long.MIN_VALUE);
        LongStream randoms = LongStream.generate(() -> random.nextLong() >>> random.nextInt(64)).limit(200_000);
        LongStream.concat(edges, randoms).forEach(n -> {
            ByteArrayBuilder out = new ByteArrayBuilder();
            out.append('x');
            SearchFiles.base36(out, n);
            assertEquals("x" + Long.toString(n, 36), new String(out.toByteArray(), StandardCharsets.US_ASCII), "for " + n);
        });
    }
}
