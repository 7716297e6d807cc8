package org.gazette.link;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.curate.SourceCuration;
import org.gazette.model.Citation;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.Severity;
import org.gazette.parse.ChineseNumerals;
import org.gazette.parse.DocumentTypes;

/**
 * Computes each document's status as of a date: repealed when another document of the archive
 * repeals it (from the repealing document's own effective date on), expired when its validity ran
 * out, not yet in force before its effective date, otherwise in force. An effective rule such as
 * 自印发之日起施行 counts from the signing date. Interpretations and appointment notices have no
 * status of their own. An editor's override wins and is shown as such.
 */
public final class StatusResolver {

    /** An editor's status for a document, with the reason to show. */
    public record Override(DocumentStatus.State state, String reason) {

        /**
         * An editor's status from a sidecar, or null when its code is no status: an error at the
         * sidecar's line then, in the diagnostics.
         */
        public static Override of(SourceCuration.StatusOverride editor, List<Diagnostic> diagnostics) {
            try {
                return new Override(DocumentStatus.State.ofCode(editor.state()), editor.reason());
            } catch (IllegalArgumentException e) {
                diagnostics.add(new Diagnostic(editor.file(), editor.line(), Severity.ERROR, "sidecar-value", e.getMessage()));
                return null;
            }
        }
    }

    /** The days a rule counts from the signing date: 自发布之日起30日后施行. */
    private static final Pattern DAYS_AFTER = Pattern.compile("之日起满?([0-9]{1,3}|[一二三四五六七八九十百]{1,4})(?:日|天)");

    private final LocalDate asOf;

    public StatusResolver(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Map<String, DocumentStatus> resolve(Map<String, ArchiveDocument> documents, CitationIndex citations,
                                               Map<String, Override> overrides) {
        Map<String, Repeal> repeals = new LinkedHashMap<>();
        for (ArchiveDocument a : documents.values()) {
            for (Citation c : a.document().repeals()) {
                citations.resolve(c).filter(id -> !id.equals(a.id()))
                        .ifPresent(id -> repeals.putIfAbsent(id, new Repeal(a, effectiveDate(a.document()).orElse(null))));
            }
        }
        Map<String, DocumentStatus> out = new LinkedHashMap<>();
        for (ArchiveDocument a : documents.values()) {
            Override o = overrides.get(a.id());
            if (o != null) {
                out.put(a.id(), new DocumentStatus(o.state(), null, "编者认定" + (o.reason() == null ? "" : "：" + o.reason())));
                continue;
            }
            DocumentStatus s = status(a.document(), repeals.get(a.id()));
            if (s != null) out.put(a.id(), s);
        }
        return out;
    }

    private record Repeal(ArchiveDocument by, LocalDate from) {
    }

    DocumentStatus status(Document d, Repeal repeal) {
        // A document the parser could give no type (its title lost in the text) has a status like any other.
        if (DocumentTypes.INTERPRETATION_TYPE.equals(d.type()) || DocumentTypes.APPOINTMENT_TYPE.equals(d.type())) return null;
        if (repeal != null && (repeal.from() == null || !asOf.isBefore(repeal.from()))) {
            Document by = repeal.by().document();
            return new DocumentStatus(DocumentStatus.State.REPEALED, repeal.from(), "被《" + by.title() + "》"
                    + (by.number() == null ? "" : "（" + by.number().normalized() + "）") + "废止"
                    + (repeal.from() == null ? "" : "，自" + repeal.from() + "起"));
        }
        Optional<LocalDate> start = effectiveDate(d);
        if (start.isEmpty()) {
            return new DocumentStatus(DocumentStatus.State.UNKNOWN, null, "原文未载施行日期和成文日期");
        }
        String basis = basis(d, start.get());
        if (asOf.isBefore(start.get())) {
            return new DocumentStatus(DocumentStatus.State.NOT_YET_IN_FORCE, start.get(), basis);
        }
        if (d.validity() != null) {
            LocalDate end = d.validity().end(start.get());
            String validity = basis + "，有效期" + d.validity().label();
            if (!asOf.isBefore(end)) {
                return new DocumentStatus(DocumentStatus.State.EXPIRED, end, validity + "，已于" + end + "失效");
            }
            // A last day is said already; years are counted out: 有效期2年，至2026-06-28止.
            String to = d.validity().until() != null ? "" : "，至" + end + "止";
            return new DocumentStatus(DocumentStatus.State.IN_FORCE, start.get(), validity + to);
        }
        return new DocumentStatus(DocumentStatus.State.IN_FORCE, start.get(), basis);
    }

    /** How the start was found: printed date, a rule counted from the signing date, or the signing date alone. */
    private static String basis(Document d, LocalDate start) {
        if (d.effective() == null) return "成文于" + start + "，原文未载施行日期";
        if (d.effective().equals(start.toString())) return "自" + start + "起施行";
        // A rule counted from the signing date: the day it counts from, and the day it gives when that is another.
        return d.effective() + "（成文日期" + d.signed() + (start.equals(d.signed()) ? "" : "，自" + start + "起施行") + "）";
    }

    /**
     * The effective date: printed, or counted from the signing date for 自印发/发布/公布之日起 (30日后),
     * and the signing date when nothing is printed.
     */
    static Optional<LocalDate> effectiveDate(Document d) {
        if (d.effective() != null && d.effective().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Optional.of(LocalDate.parse(d.effective()));
        }
        if (d.signed() == null) return Optional.empty();
        Matcher after = d.effective() == null ? null : DAYS_AFTER.matcher(d.effective());
        int days = after != null && after.find() ? ChineseNumerals.parse(after.group(1)) : 0;
        return Optional.of(days > 0 ? d.signed().plusDays(days) : d.signed());
    }
}
