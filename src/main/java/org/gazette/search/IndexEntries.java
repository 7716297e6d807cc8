package org.gazette.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The entries of an index in the order of their numbers ({@link StableNumbers}: a function of the
 * entries' URLs, so that an entry keeps its number, its text files and its place in every
 * posting whatever issues come and go around it).
 *
 * @param fields      each entry's title, numbers, people named and issuers (the body is read when analysed)
 * @param sinces       when each entry came into the archive (its first issue's date, or null): orders its age
 * @param textLengths each entry's {@link SearchEntry#text()} length, known without making the text (without an
 *                    earlier index, filled in as each text is analysed: {@link Bm25Postings.TextReader})
 * @param numbers     each entry's number, ascending: what postings refer to and its text files are named by
 * @param dateRanks   each entry's place among the entries oldest first (by when it first appeared in
 *                    the archive, then by number): the newest have their terms listed
 *                    ({@link Bm25Postings#listsTerms}), and of two postings of equal weight the older ranks first
 */
record IndexEntries(List<SearchEntry> entries, List<String[]> fields, List<String> sinces, int[] textLengths, int[] numbers,
                    int[] dateRanks) {

    /** The number of the entry at each place oldest first: {@link #dateRanks} the other way. */
    int[] numbersByAge() {
        int[] out = new int[numbers.length];
        for (int k = 0; k < numbers.length; k++) out[dateRanks[k]] = numbers[k];
        return out;
    }

    /** Each entry's place oldest first by its number (-1 where no entry has the number): what orders postings of equal weight. */
    int[] agesByNumber() {
        int[] ages = new int[numbers.length == 0 ? 0 : numbers[numbers.length - 1] + 1];
        Arrays.fill(ages, -1);
        for (int k = 0; k < numbers.length; k++) ages[numbers[k]] = dateRanks[k];
        return ages;
    }

    int size() {
        return entries.size();
    }

    /** What the index state keeps of these entries besides their postings. */
    IndexState state(List<String> urls, List<String> hashes, List<String> stamps, Map<Integer, List<String>> listedTerms,
                     Map<String, TermPostings> postings) {
        return new IndexState(urls, hashes, Arrays.stream(textLengths).boxed().toList(), stamps, sinces, fields, listedTerms, postings);
    }

    /** Where the entry with this number is, or a negative value when no entry has it. */
    int position(int number) {
        return Arrays.binarySearch(numbers, number);
    }

    /** Whether the index state lists the terms of the entry at this position. */
    boolean listsTerms(int position) {
        return Bm25Postings.listsTerms(dateRanks[position], size(), Bm25Postings.length(fields.get(position), textLengths[position]));
    }
}
