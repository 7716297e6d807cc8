package org.gazette.link;

import java.util.List;

import org.gazette.model.Document;

/**
 * A document of the archive: one identity, one page, however many sources it appeared in.
 *
 * @param id          the stable identity and URL slug ({@code 湘政发-2024-9})
 * @param document    the version shown (the most complete of the appearances)
 * @param appearances every place it was published, the shown one first
 * @param notes       the editor's corrections and notes, to show on the page
 * @param madeFrom    what the shown version was made from (its source's parse and sidecar, and its
 *                    place in the source), or null when that is not known: two documents made from
 *                    the same are equal, in this build or another, so a page can tell that its
 *                    text is unchanged without reading it
 */
public record ArchiveDocument(String id, Document document, List<Appearance> appearances, List<String> notes,
                              String madeFrom) {

    public ArchiveDocument {
        appearances = List.copyOf(appearances);
        notes = List.copyOf(notes);
    }
}
