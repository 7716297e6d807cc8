package org.gazette.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;

/**
 * When each document came into the archive: the date of the first issue it appeared in, else its
 * signing date (null when neither is known). Long lists of documents are kept in this order
 * ({@link LongList}), so that the documents of a new issue come last. (The search index lists the
 * terms of its newest entries by the same first issue, as text, with a year alone when an issue's
 * masthead has no date.)
 */
final class ArrivalDates {

    private final Archive archive;
    /** Document id → the date of the first issue with a dated masthead that lists it. */
    private final Map<String, LocalDate> firstIssued = new HashMap<>();

    ArrivalDates(Archive archive) {
        this.archive = archive;
        for (ArchiveGazette g : archive.gazettes()) {
            for (ArchiveIssue i : g.issues()) {
                LocalDate published = i.masthead() == null ? null : i.masthead().published();
                if (published == null) continue;
                for (String id : i.documentIds()) firstIssued.merge(id, published, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    /** The date the document of this id came into the archive, or null. */
    LocalDate of(String id) {
        LocalDate issued = firstIssued.get(id);
        if (issued != null) return issued;
        ArchiveDocument a = archive.documents().get(id);
        return a == null ? null : a.document().signed();
    }
}
