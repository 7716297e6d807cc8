package org.gazette.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gazette.model.Diagnostic;

/**
 * The linked archive: gazettes and their issues, and every document once, by id.
 *
 * @param documents by id, in id order
 * @param people    the people, posts and organisations of the appointment notices
 * @param citations the citations between the documents, resolved once for every stage after linking
 * @param statuses  by document id, as of {@code asOf}; documents without a status of their own are absent
 * @param diagnostics everything reported while reading, parsing and linking, in file and line order
 */
public record Archive(List<ArchiveGazette> gazettes, Map<String, ArchiveDocument> documents, People people,
                      CitationIndex citations, Map<String, DocumentStatus> statuses, LocalDate asOf,
                      List<Diagnostic> diagnostics) {

    public Archive {
        gazettes = List.copyOf(gazettes);
        documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
        statuses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statuses));
        diagnostics = List.copyOf(diagnostics);
    }

    /** The same archive with more problems, all of them in file and line order. */
    public Archive withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        all.sort(Diagnostic.BY_POSITION);
        return new Archive(gazettes, documents, people, citations, statuses, asOf, all);
    }
}
