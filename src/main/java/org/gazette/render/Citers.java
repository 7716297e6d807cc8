package org.gazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The documents that cite one document (被引用), as its page shows them and as the pages that list
 * them all are cut. A page shows the {@value #SHOWN} latest; when there are more, they are all listed
 * in the order they came into the archive (by the first issue they appeared in) on pages of
 * {@value #PER_PAGE}, so that the documents of a new issue change the last of those pages and leave
 * the others as they were. A law cited by thousands of
 * documents had one page of half a megabyte, rewritten with every new issue that cited it.
 */
final class Citers {

    /** How many citers a document's page shows, latest first. */
    static final int SHOWN = 50;
    /** How many citers a page of all of them lists. */
    static final int PER_PAGE = 200;

    /** A page of all the citers of a document: the cited document's page, this page's number (from 1) and how many there are. */
    record Chunk(String owner, String ownerTitle, int number, int pages, List<String> ids) {
        String path() {
            return SitePaths.citers(owner, number);
        }
    }

    private final List<String> oldestFirst;

    /**
     * @param ids   the citers, in any order
     * @param since when a document came into the archive (the first issue it appeared in, else its
     *              signing date; null when neither is known): the citers are ordered by it, undated
     *              first, then by id
     */
    Citers(List<String> ids, Function<String, LocalDate> since) {
        record Dated(LocalDate since, String id) {
        }
        this.oldestFirst = ids.stream().map(id -> new Dated(since.apply(id), id))
                .sorted(Comparator.comparing(Dated::since, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(Dated::id))
                .map(Dated::id).toList();
    }

    int count() {
        return oldestFirst.size();
    }

    /** The citers a document's page shows: the {@value #SHOWN} latest, latest first. */
    List<String> shown() {
        List<String> latest = new ArrayList<>(oldestFirst.subList(Math.max(0, oldestFirst.size() - SHOWN), oldestFirst.size()));
        java.util.Collections.reverse(latest);
        return latest;
    }

    /** The pages that list them all, when the document's page does not: none for {@value #SHOWN} or fewer. */
    List<Chunk> chunks(String owner, String ownerTitle) {
        if (oldestFirst.size() <= SHOWN) return List.of();
        int pages = (oldestFirst.size() + PER_PAGE - 1) / PER_PAGE;
        List<Chunk> chunks = new ArrayList<>(pages);
        for (int k = 0; k < pages; k++) {
            chunks.add(new Chunk(owner, ownerTitle, k + 1, pages,
                    List.copyOf(oldestFirst.subList(k * PER_PAGE, Math.min(oldestFirst.size(), (k + 1) * PER_PAGE)))));
        }
        return chunks;
    }
}
