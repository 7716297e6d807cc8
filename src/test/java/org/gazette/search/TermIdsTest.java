package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermIdsTest {

    @Test
    void aTermReadFromAnyBufferHasTheNumberGivenToIt() {
        TermIds ids = new TermIds(4);
        int first = ids.id("湘政发〔2024〕".toCharArray(), 2);
        assertEquals(0, first);
        assertEquals("湘政", ids.term(first));
        char[] other = "湘政府".toCharArray();
        assertEquals(first, ids.id(other, 2));
        assertNotEquals(first, ids.id(other, 3), "a longer term is another term");
        assertEquals("湘政府", ids.term(1));
        assertEquals(2, ids.size());
    }

    @Test
    void keepsEveryTermAndItsNumberAsItGrows() {
        TermIds ids = new TermIds(4);
        // Bigrams of ideographs: the keys that collide in long runs under String's hash.
        List<String> terms = new ArrayList<>();
        for (char a = '\u4e00'; a < '\u4e00' + 150; a++) {
            for (char b = '\u4e00'; b < '\u4e00' + 150; b++) terms.add("" + a + b);
        }
        for (int i = 0; i < terms.size(); i++) assertEquals(i, ids.id(terms.get(i).toCharArray(), 2));
        for (int i = 0; i < terms.size(); i++) {
            assertEquals(i, ids.id(terms.get(i).toCharArray(), 2));
            assertEquals(terms.get(i), ids.term(i));
        }
        assertEquals(terms.size(), ids.size());
    }

    @Test
    void tellsLongTermsApartEvenWhenTheyShareTheirFirstCharacters() {
        TermIds ids = new TermIds(4);
        List<String> terms = List.of("hnpr", "hnpr2024", "hnp", "hn", "h", "2024", "20240", "202");
        for (String t : terms) ids.id(t.toCharArray(), t.length());
        for (int i = 0; i < terms.size(); i++) {
            assertEquals(i, ids.id(terms.get(i).toCharArray(), terms.get(i).length()));
            assertEquals(terms.get(i), ids.term(i));
        }
    }
}
