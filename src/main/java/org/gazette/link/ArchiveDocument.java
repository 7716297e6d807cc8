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
 */
public record ArchiveDocument(String id, Document document, List<Appearance> appearances, List<String> notes) {

    public ArchiveDocument {
        appearances = List.copyOf(appearances);
        notes = List.copyOf(notes);
    }
}
