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
 * @param listedTerms the terms of each short or recent entry ({@link Bm25Postings#listsTerms}), by its number: a
 *                    changed or removed one is taken out of them
 * @param postings   every term's document frequency and best {@link Bm25Postings#KEPT} entries
 */
public record IndexState(List<String> urls, List<String> hashes, List<Integer> lengths, List<String> stamps,
                         Map<Integer, List<String>> listedTerms, Map<String, TermPostings> postings) {

    public IndexState {
        if (urls.size() != hashes.size() || urls.size() != lengths.size() || urls.size() != stamps.size()) {
            throw new IllegalArgumentException("a hash, a length and a stamp per entry");
        }
    }
}
