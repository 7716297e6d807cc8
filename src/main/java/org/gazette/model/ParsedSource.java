package org.gazette.model;

import java.util.List;

/**
 * What the parser made of one source file.
 *
 * @param file  the file as the user named it
 * @param issue the issue masthead, or null for a loose run of documents or a single document
 * @param toc   the table of contents, or null when the source has none
 * @param appointments the personnel actions of the source's appointment notices, in order
 */
public record ParsedSource(String file, IssueMasthead issue, TableOfContents toc, List<Document> documents,
                           List<Appointment> appointments, List<AppointmentNote> appointmentNotes,
                           List<Diagnostic> diagnostics) {

    public ParsedSource {
        documents = List.copyOf(documents);
        appointments = List.copyOf(appointments);
        appointmentNotes = List.copyOf(appointmentNotes);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
