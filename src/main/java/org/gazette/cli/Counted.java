package org.gazette.cli;

/** A count and what it counts, as a summary says it: "1 warning", "2 warnings", "0 errors". */
final class Counted {

    private Counted() {
    }

    /** @param noun the singular; its plural is made with "s" (every noun a summary counts: error, file, source …) */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
