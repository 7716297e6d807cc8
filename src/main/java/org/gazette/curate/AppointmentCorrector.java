package org.gazette.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gazette.model.Appointment;
import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;
import org.gazette.parse.appointment.PositionSplitter;

/**
 * Applies an editor's corrections to appointment records. Each applied correction is kept as a
 * {@link Applied} so that pages can show what was corrected and why; a correction that matches no
 * record is reported.
 */
public final class AppointmentCorrector {

    /** A correction applied to a record: the record before and after. */
    public record Applied(Appointment before, Appointment after, String reason) {
    }

    public record Result(List<Appointment> appointments, List<Applied> applied, List<Diagnostic> diagnostics) {
    }

    public Result apply(List<Appointment> records, PeopleCuration curation) {
        List<Appointment> out = new ArrayList<>(records);
        List<Applied> applied = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (PeopleCuration.Correction c : curation.corrections()) {
            boolean matched = false;
            for (int i = 0; i < out.size(); i++) {
                Appointment a = out.get(i);
                if (!Objects.equals(a.docNumber(), c.notice()) || !a.person().equals(c.person())
                        || (c.line() != null && a.line() != c.line())) {
                    continue;
                }
                Appointment corrected = correct(a, c);
                out.set(i, corrected);
                applied.add(new Applied(a, corrected, c.reason()));
                matched = true;
            }
            if (!matched) {
                diagnostics.add(new Diagnostic(curation.file(), c.sourceLine(), Severity.WARNING, "curation-no-match",
                        "no appointment of " + c.person() + " in " + c.notice() + " to correct"));
            }
        }
        return new Result(out, applied, diagnostics);
    }

    private static Appointment correct(Appointment a, PeopleCuration.Correction c) {
        String position = c.set().getOrDefault("position", a.position());
        PositionSplitter.Split split = c.set().containsKey("position") ? PositionSplitter.split(position)
                : new PositionSplitter.Split(a.organization(), a.post());
        Appointment out = new Appointment(a.docNumber(), c.set().getOrDefault("person", a.person()), a.gender(),
                a.action(), position, c.set().getOrDefault("organization", split.organization()),
                c.set().getOrDefault("post", split.post()), c.set().getOrDefault("probation", a.probation()),
                c.set().getOrDefault("term", a.term()), a.signed(), a.jurisdiction(), a.file(), a.line());
        return out;
    }
}
