package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The idf as the browser and gazette search compute it, from the document frequency the shards give. */
class SearchIndexTest {

    @Test
    void documentFrequenciesAreExactUpToAHundredThenTwoSignificantDigits() {
        assertEquals(1, SearchIndex.publishedDf(1));
        assertEquals(100, SearchIndex.publishedDf(100));
        assertEquals(100, SearchIndex.publishedDf(101));
        assertEquals(150, SearchIndex.publishedDf(150));
        assertEquals(160, SearchIndex.publishedDf(155));
        assertEquals(1000, SearchIndex.publishedDf(999));
        assertEquals(1200, SearchIndex.publishedDf(1234));
        assertEquals(1200, SearchIndex.publishedDf(1249), "a few more entries: the same shard");
        assertEquals(1300, SearchIndex.publishedDf(1250));
        assertEquals(120000, SearchIndex.publishedDf(123456));
    }

    @Test
    void theIdfIsBm25sAndNeverNegative() {
        assertEquals(Math.round(1000 * Math.log(1 + (20000 - 1200 + 0.5) / 1200.5)), SearchIndex.idf(1200, 20000));
        assertTrue(SearchIndex.idf(1, 20000) > SearchIndex.idf(1200, 20000), "rarer terms weigh more");
        assertEquals(SearchIndex.idf(1000, 1000), SearchIndex.idf(SearchIndex.publishedDf(999), 999 + 1),
                "a rounded frequency above the entry count counts as every entry");
        assertTrue(SearchIndex.idf(1000, 990) > 0);
    }
}
