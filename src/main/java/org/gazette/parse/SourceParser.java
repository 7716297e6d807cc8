package org.gazette.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.model.Appointment;
import org.gazette.model.AppointmentNote;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.IssueMasthead;
import org.gazette.model.ParsedSource;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;
import org.gazette.parse.appointment.AppointmentParser;
import org.gazette.source.SourceLine;
import org.gazette.source.SourceReader;
import org.gazette.source.SourceText;

/**
 * Parses one source in phases: locate the documents; read the front matter before the first one
 * (masthead, table of contents, cover text); stitch page-break continuations; read each document;
 * check the body against the table of contents; read the actions of appointment notices. Every
 * line is accounted for: what no phase could place is reported.
 */
public final class SourceParser {

    /**
     * A masthead line of the issue's date, with what may stand around it: 2024年4月10日出版,
     * 长沙市人民政府办公厅主办 2024年2月20日出版, 湖南省人民政府办公厅 2024年4月20日.
     */
    private static final Pattern PUBLISHED_ON = Pattern.compile(
            "^(?:[" + Text.HAN + "]{4,30}?(?:主办|编印)?(?=[0-9〇零一二三四五六七八九○]{4}年))?(.+?)(?:出版|出刊|印发)?$");

    /** Parses what a {@link SourceReader} read, keeping the reader's diagnostics; a rejected file yields none. */
    public ParsedSource parse(SourceReader.Result read, String file) {
        if (read.text() == null) {
            return new ParsedSource(file, null, null, List.of(), List.of(), List.of(), read.diagnostics());
        }
        return parse(read.text(), read.diagnostics());
    }

    public ParsedSource parse(SourceText source) {
        return parse(source, List.of());
    }

    private ParsedSource parse(SourceText source, List<Diagnostic> earlier) {
        Diagnostics diagnostics = new Diagnostics(source.file());
        diagnostics.addAll(earlier);
        List<SourceLine> lines = source.lines();

        List<DocumentLocator.Start> starts = new DocumentLocator().locate(lines);
        int frontEnd = starts.isEmpty() ? lines.size() : starts.get(0).firstIndex();
        List<SourceLine> front = lines.subList(0, frontEnd);

        IssueMasthead issue = new MastheadParser().parse(front).orElse(null);
        Optional<TableOfContentsParser.Result> tocResult = new TableOfContentsParser().parse(front, diagnostics);
        TableOfContents toc = tocResult.map(TableOfContentsParser.Result::toc).orElse(null);
        reportUnplacedFrontMatter(front, issue, tocResult, diagnostics);
        if (toc != null) {
            starts = DocumentLocator.withListedTitles(starts, lines, toc.entries().stream()
                    .filter(e -> e.number() == null && e.order() == null && e.registration() == null).map(TocEntry::title).toList());
        }

        Set<String> runningHeaders = new HashSet<>();
        if (toc != null) runningHeaders.addAll(toc.sections());
        if (issue != null && issue.gazetteName() != null) runningHeaders.add(issue.gazetteName());

        List<List<SourceLine>> spans = new ArrayList<>();
        for (int[] span : DocumentLocator.spans(starts, lines)) {
            spans.add(lines.subList(span[0], span[1]));
        }
        List<List<SourceLine>> stitched = PageContinuations.stitch(spans, diagnostics);
        DocumentParser documentParser = new DocumentParser(runningHeaders, diagnostics);
        List<Document> documents = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            documents.add(documentParser.parse(starts.get(k), stitched.get(k)));
        }
        documents = TocReconciler.reconcile(toc, documents, diagnostics);
        reportDatesAfterTheIssue(issue, documents, lines, diagnostics);
        if (documents.isEmpty()) {
            diagnostics.warn(1, "no-documents", "no document found: no 文号 line, 令 header, 解读 heading or "
                    + "titled notice with addressees");
        }
        List<Appointment> appointments = new ArrayList<>();
        List<AppointmentNote> notes = new ArrayList<>();
        AppointmentParser appointmentParser = new AppointmentParser();
        for (Document d : documents) {
            if (!DocumentTypes.APPOINTMENT_TYPE.equals(d.type())) continue;
            AppointmentParser.Result r = appointmentParser.parse(d, source.file(), diagnostics);
            appointments.addAll(r.appointments());
            notes.addAll(r.notes());
        }
        return new ParsedSource(source.file(), issue, toc, documents, appointments, notes, diagnostics.sorted());
    }

    /**
     * A document signed well after the issue that publishes it: a date the extraction misread (2042
     * for 2024, 12月 for 2月), which made its status wrong for years without a word. An issue
     * printed a little after its date may hold a document signed after it, so only a month past
     * the issue's date (past its year's end when only the year is printed) is reported, at the line
     * that gives the date.
     */
    private static void reportDatesAfterTheIssue(IssueMasthead issue, List<Document> documents, List<SourceLine> lines,
                                                 Diagnostics diagnostics) {
        if (issue == null) return;
        LocalDate issued = issue.published() != null ? issue.published() : LocalDate.of(issue.year(), 12, 31);
        for (Document d : documents) {
            if (d.signed() == null || !d.signed().isAfter(issued.plusDays(31))) continue;
            diagnostics.warn(lineOfYear(d, lines), "date-after-issue", "signed " + d.signed() + ", after the issue that publishes it ("
                    + (issue.published() != null ? issue.published() : issue.year() + "年") + "): a misread date?");
        }
    }

    /** The last line of a document that gives its signing year, else its first line. */
    private static int lineOfYear(Document d, List<SourceLine> lines) {
        String year = d.signed().getYear() + "年";
        for (int n = Math.min(d.endLine(), lines.size()); n >= d.startLine() && n >= 1; n--) {
            if (Text.squeeze(lines.get(n - 1).text()).contains(year)) return n;
        }
        return d.startLine();
    }

    /** Front-matter lines that are neither masthead, table of contents nor known cover text. */
    private static void reportUnplacedFrontMatter(List<SourceLine> front, IssueMasthead issue,
                                                  Optional<TableOfContentsParser.Result> toc, Diagnostics diagnostics) {
        Set<Integer> placed = new LinkedHashSet<>(toc.map(TableOfContentsParser.Result::consumedLines).orElse(Set.of()));
        CoverNoise cover = new CoverNoise();
        for (SourceLine line : front) {
            if (line.isBlank() || placed.contains(line.number())) continue;
            if (cover.test(line.text()) || isMasthead(line, issue)) continue;
            diagnostics.warn(line.number(), "unplaced-line", "text before the first document that is neither "
                    + "masthead, table of contents nor cover: " + line.trimmed());
        }
    }

    private static boolean isMasthead(SourceLine line, IssueMasthead issue) {
        if (issue == null) return false;
        String s = Text.squeeze(line.text());
        return line.number() == issue.line() || s.equals(issue.gazetteName())
                || s.matches("^[A-Z' ]+$") || s.matches("^[（(]?总(?:第.*[期号]|号.*)[）)]?$")
                || s.contains("第" + issue.number() + issue.unit())
                || issue.published() != null && issue.published().equals(Dates.wholeLine(PUBLISHED_ON.matcher(s).replaceFirst("$1")).orElse(null));
    }
}
