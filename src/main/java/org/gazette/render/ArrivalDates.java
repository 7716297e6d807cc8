package org.gazette.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gazette.link.Appearance;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveIssue;

/**
 * When each document came into the archive: the date of the first issue it appeared in, else its
 * signing date (null when neither is known). Long lists of documents are kept in this order
 * ({@link LongList}), so that the documents of a new issue come last. Found when first asked for,
 * from any thread.
 */
final class ArrivalDates {

    private final Archive archive;
    /** Gazette slug + "/" + issue key → the issue. */
    private final Map<String, ArchiveIssue> issues;
    private final Map<String, Optional<LocalDate>> known = new ConcurrentHashMap<>();

    ArrivalDates(Archive archive, Map<String, ArchiveIssue> issues) {
        this.archive = archive;
        this.issues = issues;
    }

    /** The date the document of this id came into the archive, or null. */
    LocalDate of(String id) {
        return known.computeIfAbsent(id, k -> {
            ArchiveDocument a = archive.documents().get(k);
            LocalDate first = null;
            for (Appearance ap : a.appearances()) {
                ArchiveIssue i = ap.issueKey() == null ? null : issues.get(ap.gazette() + "/" + ap.issueKey());
                LocalDate published = i == null || i.masthead() == null ? null : i.masthead().published();
                if (published != null && (first == null || published.isBefore(first))) first = published;
            }
            return Optional.ofNullable(first != null ? first : a.document().signed());
        }).orElse(null);
    }
}
