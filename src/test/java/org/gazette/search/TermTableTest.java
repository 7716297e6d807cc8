package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermTableTest {

    @Test
    void aTermReadFromAnyBufferFindsTheValueMadeForIt() {
        TermTable<List<String>> table = new TermTable<>(4);
        char[] buffer = "湘政发〔2024〕".toCharArray();
        List<String> first = table.get(buffer, 2, term -> new ArrayList<>(List.of(term)));
        assertEquals(List.of("湘政"), first);
        char[] other = "湘政府".toCharArray();
        assertSame(first, table.get(other, 2, term -> List.of("made again")));
        assertNotSame(first, table.get(other, 3, term -> new ArrayList<>(List.of(term))), "a longer term is another term");
    }

    @Test
    void keepsEveryTermAsItGrows() {
        TermTable<String> table = new TermTable<>(4);
        // Bigrams of ideographs: the keys that collide in long runs under String's hash.
        List<String> terms = new ArrayList<>();
        for (char a = '\u4e00'; a < '\u4e00' + 150; a++) {
            for (char b = '\u4e00'; b < '\u4e00' + 150; b++) terms.add("" + a + b);
        }
        for (String t : terms) table.get(t.toCharArray(), 2, String::new);
        for (String t : terms) assertEquals(t, table.get(t.toCharArray(), 2, x -> "missing " + x));
    }

    @Test
    void tellsLongTermsApartEvenWhenTheyShareTheirFirstCharacters() {
        TermTable<String> table = new TermTable<>(4);
        for (String t : List.of("hnpr", "hnpr2024", "hnp", "hn", "h", "2024", "20240", "202")) {
            table.get(t.toCharArray(), t.length(), String::new);
        }
        for (String t : List.of("hnpr", "hnpr2024", "hnp", "hn", "h", "2024", "20240", "202")) {
            assertEquals(t, table.get(t.toCharArray(), t.length(), x -> "missing " + x));
        }
    }
}
