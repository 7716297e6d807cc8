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
 * archive (by the first issue they appeared in) on pages of about {@value #PER_PAGE}.
 *
 * <p>Where a page ends is decided by the documents themselves, not by counting from the start: a
 * page ends at a document whose id hashes to a multiple of {@value #PER_PAGE} (once it holds
 * {@value #MIN_PAGE}; at {@value #MAX_PAGE} in any case), and is named after that document. So a back
 * issue, whose documents fall in the middle of the list, changes the pages it falls in and their
 * neighbours' links, not every page after it; and a new issue changes the last page, named
 * {@code latest}. A law cited by thousands of documents had one page of half a megabyte, and a
 * browse page of all 通知 five, each rewritten with every new issue; pages counted from the start
 * were all rewritten by a back issue (840 pages, 52 MB, on the benchmark archive).
 */
final class LongList {

    /** How many documents a page shows, latest first. */
    static final int SHOWN = 50;
    /** About how many documents a page of the whole list holds. */
    static final int PER_PAGE = 200;
    static final int MIN_PAGE = 50;
    static final int MAX_PAGE = 500;
    /** The name of the last page of a whole list: no document's id (every id holds a {@code -}). */
    static final String LATEST = "latest";

    /**
     * A page of the whole list.
     *
     * @param owner      the page the list belongs to (a document's, a browse page)
     * @param ownerTitle that page's title, for the way back
     * @param heading    what the list is
     * @param run        its documents
     * @param previous   the previous page's key, or null
     * @param next       the next page's key, or null. (Not how many pages there are: every page
     *                   would then change when the list grows by a page.)
     */
    record Chunk(String owner, String ownerTitle, String heading, Run run, String previous, String next) {
        String path() {
            return SitePaths.wholeList(owner, run.key());
        }
    }

    /**
     * A page's documents, before it belongs to an owner.
     *
     * @param key   the page's name: the id of its last document, or {@link #LATEST}
     * @param label the dates its documents came into the archive, first and last
     */
    record Run(String key, String label, List<String> ids) {
    }

    private record Dated(LocalDate since, String id) {
    }

    private final List<Dated> oldestFirst;

    /**
     * @param ids   the documents, in any order
     * @param since when a document came into the archive ({@link ArrivalDates}): the list is
     *              ordered by it, undated first, then by id
     */
    LongList(List<String> ids, Function<String, LocalDate> since) {
        this.oldestFirst = ids.stream().map(id -> new Dated(since.apply(id), id))
                .sorted(Comparator.comparing(Dated::since, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(Dated::id))
                .toList();
    }

    int count() {
        return oldestFirst.size();
    }

    /** What the owner's page shows: the {@value #SHOWN} latest, latest first. */
    List<String> shown() {
        List<String> latest = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= Math.max(0, oldestFirst.size() - SHOWN); i--) latest.add(oldestFirst.get(i).id());
        return latest;
    }

    /** The pages of the whole list, oldest first, when the owner's page does not show it all: none for {@value #SHOWN} or fewer. */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        if (oldestFirst.size() <= SHOWN) return runs;
        int from = 0;
        for (int i = 0; i < oldestFirst.size(); i++) {
            int size = i + 1 - from;
            String id = oldestFirst.get(i).id();
            if (size >= MAX_PAGE || (size >= MIN_PAGE && ends(id))) {
                runs.add(run(id, from, i + 1));
                from = i + 1;
            }
        }
        if (from < oldestFirst.size()) runs.add(run(LATEST, from, oldestFirst.size()));
        return runs;
    }

    private Run run(String key, int from, int to) {
        return new Run(key, date(oldestFirst.get(from)) + " 至 " + date(oldestFirst.get(to - 1)),
                oldestFirst.subList(from, to).stream().map(Dated::id).toList());
    }

    private static String date(Dated d) {
        return d.since() == null ? "日期不详" : d.since().toString();
    }

    /** Whether a page ends at this document: its id's {@linkplain Fingerprint#hash32 hash} a multiple of {@value #PER_PAGE}. */
    static boolean ends(String id) {
        return Integer.remainderUnsigned(Fingerprint.hash32(id), PER_PAGE) == 0;
    }

    /** The pages of the whole list with their owner: none when the owner's page shows it all. */
    List<Chunk> chunks(String owner, String ownerTitle, String heading) {
        List<Run> runs = runs();
        List<Chunk> chunks = new ArrayList<>(runs.size());
        for (int k = 0; k < runs.size(); k++) {
            chunks.add(new Chunk(owner, ownerTitle, heading, runs.get(k), k == 0 ? null : runs.get(k - 1).key(),
                    k + 1 == runs.size() ? null : runs.get(k + 1).key()));
        }
        return chunks;
    }
}
