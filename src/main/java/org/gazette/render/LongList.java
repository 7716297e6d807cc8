package org.gazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A list of documents that may grow long — the documents that cite one (被引用), those of a browse
 * page — as a page shows it and as the pages that list it all are cut. A page shows the
 * {@value #SHOWN} latest; when there are more, they are all listed in the order they came into the
 * archive (by the first issue they appeared in) on pages of {@value #PER_PAGE}, so that the documents
 * of a new issue change the last of those pages and leave the others as they were. A law cited by
 * thousands of documents had one page of half a megabyte, and a browse page of all 通知 five, each
 * rewritten with every new issue.
 */
final class LongList {

    /** How many documents a page shows, latest first. */
    static final int SHOWN = 50;
    /** How many documents a page of the whole list holds. */
    static final int PER_PAGE = 200;

    /**
     * A page of the whole list.
     *
     * @param owner      the page the list belongs to (a document's, a browse page)
     * @param ownerTitle that page's title, for the way back
     * @param heading    what the list is
     * @param number     this page's number, from 1
     * @param last       whether it is the last page. (Not how many there are: every page would then
     *                   change when the list grows by a page.)
     */
    record Chunk(String owner, String ownerTitle, String heading, int number, boolean last, List<String> ids) {
        String path() {
            return SitePaths.wholeList(owner, number);
        }
    }

    private final List<String> oldestFirst;

    /**
     * @param ids   the documents, in any order
     * @param since when a document came into the archive ({@link ArrivalDates}): the list is
     *              ordered by it, undated first, then by id
     */
    LongList(List<String> ids, Function<String, LocalDate> since) {
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

    /** How many pages the whole list takes: 0 when the owner's page shows it all. */
    int pages() {
        return oldestFirst.size() <= SHOWN ? 0 : (oldestFirst.size() + PER_PAGE - 1) / PER_PAGE;
    }

    /** What the owner's page shows: the {@value #SHOWN} latest, latest first. */
    List<String> shown() {
        List<String> latest = new ArrayList<>(oldestFirst.subList(Math.max(0, oldestFirst.size() - SHOWN), oldestFirst.size()));
        java.util.Collections.reverse(latest);
        return latest;
    }

    /** The pages of the whole list, when the owner's page does not show it all: none for {@value #SHOWN} or fewer. */
    List<Chunk> chunks(String owner, String ownerTitle, String heading) {
        int pages = pages();
        List<Chunk> chunks = new ArrayList<>(pages);
        for (int k = 0; k < pages; k++) {
            chunks.add(new Chunk(owner, ownerTitle, heading, k + 1, k + 1 == pages,
                    List.copyOf(oldestFirst.subList(k * PER_PAGE, Math.min(oldestFirst.size(), (k + 1) * PER_PAGE)))));
        }
        return chunks;
    }
}
