package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TopPostingsTest {

    /** One posting: an entry (by age), its weight, its segment. */
    private record Posting(int entry, int weight, int segment) {
    }

    /** The best {@code kept} of the postings as TermPostings lists them: weight descending, then the older entry; entries by age as numbers. */
    private static int[] expected(List<Posting> postings, int kept) {
        return postings.stream()
                .sorted(Comparator.comparingInt((Posting p) -> -p.weight()).thenComparingInt(Posting::entry))
                .limit(kept)
                .flatMapToInt(p -> IntStream.of(p.entry(), p.weight(), p.segment()))
                .toArray();
    }

    private static TermPostings gathered(List<Posting> postings, int kept, int batch) {
        TopPostings top = new TopPostings(kept);
        for (int from = 0; from < postings.size(); from += batch) {
            List<Posting> part = postings.subList(from, Math.min(postings.size(), from + batch));
            top.addAll(part.stream().mapToInt(Posting::entry).toArray(), part.stream().mapToInt(Posting::weight).toArray(),
                    part.stream().mapToInt(Posting::segment).toArray(), 0, part.size());
        }
        int[] identity = IntStream.range(0, postings.size()).toArray(); // entries numbered by their age
        return top.sorted(identity);
    }

    private static List<Posting> postings(int count, Random random, int weights) {
        List<Posting> out = new ArrayList<>();
        for (int e = 0; e < count; e++) out.add(new Posting(e, 1 + random.nextInt(weights), random.nextInt(50)));
        return out;
    }

    @Test
    void keepsTheBestPostingsWhateverTheOrderTheyCameIn() {
        Random random = new Random(6);
        for (int kept : new int[]{1, 2, 7, 360, 1984}) {
            for (int weights : new int[]{3, 2200}) { // few weights: ties, broken by age
                List<Posting> postings = postings(5000, random, weights);
                int[] expected = expected(postings, kept);
                List<List<Posting>> orders = new ArrayList<>();
                orders.add(postings);
                List<Posting> rising = new ArrayList<>(postings);
                rising.sort(Comparator.comparingInt(Posting::weight)); // every posting better than those before: the worst case
                orders.add(rising);
                List<Posting> shuffled = new ArrayList<>(postings);
                Collections.shuffle(shuffled, random);
                orders.add(shuffled);
                for (List<Posting> order : orders) {
                    for (int batch : new int[]{1, 64, 5000}) {
                        TermPostings got = gathered(order, kept, batch);
                        assertEquals(5000, got.df(), "every posting counts in the df");
                        assertArrayEquals(expected, got.postings(), "kept " + kept + ", " + weights + " weights, batch " + batch);
                    }
                }
            }
        }
    }

    @Test
    void keepsEveryPostingOfARareTerm() {
        List<Posting> postings = List.of(new Posting(0, 5, 1), new Posting(1, 9, 0), new Posting(2, 5, 3));
        TermPostings got = gathered(postings, 360, 64);
        assertEquals(3, got.df());
        assertArrayEquals(new int[]{1, 9, 0, 0, 5, 1, 2, 5, 3}, got.postings());
    }
}
