package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;

/** An index brought up to date compared with the one a fresh build makes: numbers, entries, every posting, listed terms. */
final class SameIndex {

    private SameIndex() {
    }

    static void assertSameIndex(IndexBuilder.Built expected, IndexBuilder.Built actual) {
        assertArrayEquals(expected.index().numbers(), actual.index().numbers());
        assertEquals(expected.state().urls(), actual.state().urls());
        assertEquals(new TreeSet<>(expected.state().postings().keySet()), new TreeSet<>(actual.state().postings().keySet()));
        expected.state().postings().forEach((term, p) -> {
            assertEquals(p.df(), actual.state().postings().get(term).df(), term);
            assertArrayEquals(p.postings(), actual.state().postings().get(term).postings(), term);
        });
        assertEquals(expected.state().listedTerms(), actual.state().listedTerms());
    }
}
