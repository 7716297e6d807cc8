package org.gazette.search;

import java.util.List;
import java.util.Map;

/**
 * What a build keeps of its search index for the next one (in the cache folder, beside the
 * site): enough to bring the postings up to date when entries are added or a few change, without
 * analysing the whole archive again ({@link IndexUpdate}).
 *
 * @param urls       each entry's URL, in the order of the entries' numbers: who the entry is, and (with the
 *                   others' URLs) its number ({@link StableNumbers})
 * @param hashes     each entry's fingerprint: its analysed fields and text, so a change is seen
 * @param lengths    each entry's text length, in characters
 * @param stamps     each entry's fields and what its text was made from, fingerprinted, or "" when that is
 *                   not known: an entry with the same stamp has the same hash and length, known without
 *                   reading its text
 * @param sinces     each entry's date of arrival ({@link IndexEntries#dateRanks}), or null: what orders it among postings of equal weight
 * @param fields     each entry's analysed fields (title, numbers, people named, issuers): with its text, as the
 *                   published site keeps it ({@link PublishedTexts}), what the entry was, when it must be taken out
 * @param listedTerms the terms of each short or recent entry ({@link Bm25Postings#listsTerms}), by its number: a
 *                    changed or removed one is taken out of them
 * @param postings   every term's document frequency and best {@link Bm25Postings#KEPT} entries
 */
public record IndexState(List<String> urls, List<String> hashes, List<Integer> lengths, List<String> stamps,
                         List<String> sinces, List<String[]> fields,
                         Map<Integer, List<String>> listedTerms, Map<String, TermPostings> postings) {

    public IndexState {
        int n = urls.size();
        if (hashes.size() != n || lengths.size() != n || stamps.size() != n || sinces.size() != n || fields.size() != n) {
            throw new IllegalArgumentException("a hash, a length, a stamp, a date and fields per entry");
        }
    }
}
