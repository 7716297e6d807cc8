package org.gazette.link;

import java.util.List;

import org.gazette.model.IssueMasthead;
import org.gazette.model.TocEntry;

/**
 * One issue of a gazette, or one batch of loose documents (then {@code masthead} is null).
 *
 * @param key         unique within the gazette: {@code 2024-14}, or the file's name for a batch
 * @param toc         the table of contents, each entry with the id of the document it lists (null when not found)
 * @param documentIds the documents in the order the source prints them
 * @param note        the editor's note on the issue, as sanitised HTML, or null
 */
public record ArchiveIssue(String gazette, String key, IssueMasthead masthead, String file, List<TocLine> toc,
                           List<String> documentIds, String note) {

    public ArchiveIssue {
        toc = List.copyOf(toc);
        documentIds = List.copyOf(documentIds);
    }

    /** A table-of-contents entry and the document it resolved to. */
    public record TocLine(TocEntry entry, String documentId) {
    }
}
