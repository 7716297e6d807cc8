package org.gazette.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gazette.model.Block;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;
import org.gazette.model.RegistrationCode;
import org.gazette.source.SourceLine;

/**
 * Reads one document from its lines: the header (title, 文号, 登记号, 令号), addressees, the signature
 * block (issuers and date), and the structured text with what it says about itself (effective
 * date, validity, repeals, attachments) and about other documents (citations).
 */
final class DocumentParser {

    private static final Pattern QUOTED = Pattern.compile("《([^《》]{2,150})》?");
    private static final Pattern PUBLISHED = Pattern.compile("(?:印发|发布|公布)\\s*《([^《》]{2,150})》");
    private static final Pattern INTERPRETER = Pattern.compile("^([" + Text.HAN + "（）()]{2,40}?)(?:关于)?(?:政策)?解读");
    private static final Pattern SEVERAL_ORGANS = Pattern.compile(".*等[一二三四五六七八九十0-9]+(?:个)?(?:部门|单位)$");
    private static final int MAX_ORDER_TITLE_LINES = 3;
    /** How far into a document its adoption note is looked for: a title of up to three lines, a number. */
    private static final int ADOPTION_NOTE_LINES = 5;
    /** A title with its 文号 in brackets after it, on its line: {@code 湖南省人民政府关于…的通知（湘政发〔2024〕9号）}. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(.+?)[（(]([^（）()]+号)[）)]$");

    private final Set<String> runningHeaders;
    private final Diagnostics diagnostics;

    DocumentParser(Set<String> runningHeaders, Diagnostics diagnostics) {
        this.runningHeaders = runningHeaders;
        this.diagnostics = diagnostics;
    }

    Document parse(DocumentLocator.Start start, List<SourceLine> lines) {
        Set<Integer> consumed = new HashSet<>();
        int anchorLine = start.anchorIndex() + 1;
        String anchorText = lineText(lines, anchorLine);
        boolean promulgated = start.anchor() == DocumentLocator.Anchor.PROMULGATION;
        boolean adopted = start.anchor() == DocumentLocator.Anchor.ADOPTION;
        boolean dateline = start.anchor() == DocumentLocator.Anchor.DATELINE;
        // A promulgation or adoption note, or a report's dateline, stays in the text: what it says of
        // amendments (根据…修正), the day in force, the meeting, is shown there.
        if (!promulgated && !adopted && !dateline) consumed.add(anchorLine);
        if (start.anchorEnd() > start.anchorIndex()) { // a header or a note over two or three lines, read as one
            List<String> pieces = new ArrayList<>(List.of(anchorText));
            for (int k = DocumentLocator.nextNonBlank(lines, indexOf(lines, anchorLine) + 1);
                 k >= 0 && lines.get(k).number() <= start.anchorEnd() + 1; k = DocumentLocator.nextNonBlank(lines, k + 1)) {
                pieces.add(lines.get(k).text());
                if (!promulgated && !adopted && !dateline) consumed.add(lines.get(k).number()); // a note stays whole in the text
            }
            String header = HeaderLines.header(pieces);
            anchorText = header != null ? header : pieces.stream().map(String::strip).collect(Collectors.joining(" "));
        }
        List<Integer> titleLines = start.titleLines().stream().map(i -> i + 1).toList();
        consumed.addAll(titleLines);
        // As printed first: the gaps between organs that issue it together (中共中央　国务院关于…) tell them apart.
        String printedTitle = titleLines.isEmpty() ? null : Text.joinPieces(titleLines.stream().map(n -> lineText(lines, n)).toList());
        String title = printedTitle == null ? null : Text.squeeze(printedTitle);

        DocumentNumber number = start.anchor() == DocumentLocator.Anchor.NUMBER
                ? Identifiers.headerNumber(anchorText).orElse(null) : null;
        Matcher numbered = title == null || number != null ? null : NUMBERED_TITLE.matcher(title);
        if (numbered != null && numbered.matches()) { // 湖南省人民政府关于…的通知（湘政发〔2024〕9号）
            Optional<DocumentNumber> inTitle = Identifiers.documentNumberLine(numbered.group(2));
            if (inTitle.isPresent()) {
                number = inTitle.get();
                title = numbered.group(1);
            }
        }
        Identifiers.Promulgation note = promulgated ? Identifiers.promulgationNote(anchorText).orElse(null) : null;
        OrderNumber order = start.anchor() == DocumentLocator.Anchor.ORDER
                ? Identifiers.orderHeaderLine(anchorText).orElse(null) : note != null ? note.order() : null;

        int pos = indexAfter(lines, consumed);
        RegistrationCode registration = null;
        // Printed beside the 文号 (湘政发〔2024〕9号　HNPR—2024—00005), between the title and the 文号
        // (ZJSP00-2024-0003 / 浙政发〔2024〕5号), or in the lines after them.
        if (start.anchor() == DocumentLocator.Anchor.NUMBER) {
            registration = Identifiers.registrationCodes(anchorText).stream().findFirst().orElse(null);
        }
        for (int k = 0, anchor = indexOf(lines, anchorLine); k < anchor && registration == null; k++) {
            Optional<RegistrationCode> code = Identifiers.registrationLine(lines.get(k).text());
            if (code.isPresent()) {
                registration = code.get();
                consumed.add(lines.get(k).number());
            }
        }
        for (int k = DocumentLocator.nextNonBlank(lines, indexOf(lines, start.anchorEnd() + 1) + 1), n = 0;
             registration == null && k >= 0 && n < 3; k = DocumentLocator.nextNonBlank(lines, k + 1), n++) {
            Optional<RegistrationCode> code = Identifiers.registrationLine(lines.get(k).text());
            if (code.isPresent()) {
                registration = code.get();
                consumed.add(lines.get(k).number());
                pos = Math.max(pos, k + 1);
                break;
            }
        }

        String addressees = null;
        if (start.anchor() == DocumentLocator.Anchor.NUMBER || start.anchor() == DocumentLocator.Anchor.TITLE) {
            AddresseeReader.Found found = AddresseeReader.read(lines, pos);
            if (found != null) {
                addressees = found.text();
                found.indices().forEach(k -> consumed.add(lines.get(k).number()));
                pos = found.indices().get(found.indices().size() - 1) + 1;
            }
        }

        // A regulation under its promulgation note has no signature block: the note dates it.
        Optional<SignatureReader.Signature> signature = start.anchor() == DocumentLocator.Anchor.INTERPRETATION || promulgated || adopted
                || dateline ? Optional.empty() : SignatureReader.find(lines, pos);
        signature.ifPresent(s -> s.indices().forEach(k -> consumed.add(lines.get(k).number())));
        LocalDate signed = promulgated ? note.date() : dateline ? datelineDay(anchorText)
                : adopted ? Identifiers.adoptionNote(Text.squeeze(anchorText)).orElse(null)
                : signature.map(SignatureReader.Signature::date).orElse(null);
        if (signed == null) signed = adopted(lines); // a decision or judicial interpretation has no signature: its note dates it

        if (number != null && number.year() == 0) { // 通告 第3号: of the year it was signed in
            number = signed == null ? null : number.withYear(signed.getYear());
        }
        int afterSignature = signature.map(s -> s.indices().get(s.indices().size() - 1) + 1).orElse(pos);
        String innerTitle = null;
        boolean announcement = number != null && number.form() == DocumentNumber.Form.YEAR_ORDINAL;
        if (start.anchor() == DocumentLocator.Anchor.ORDER) {
            title = orderTitle(lines, afterSignature, consumed);
        } else if (title == null && announcement && promulgates(lines, pos, afterSignature)) {
            // An announcement without a title of its own that promulgates a regulation (人大常委会公告 第5号:
            // 《…条例》已由…通过，现予公布) is, as an order is, the regulation printed after its signature.
            title = orderTitle(lines, afterSignature, consumed);
        } else if (signature.isPresent()) {
            // A notice that publishes a regulation prints the regulation's title right after its signature.
            innerTitle = titleAt(lines, afterSignature, new HashSet<>());
        }
        if (title == null && announcement) {
            title = number.agency(); // an announcement without a title of its own is named by its heading: 深圳市人民政府通告
        }
        int firstLine = lines.get(0).number();
        if (title == null) {
            diagnostics.warn(anchorLine, "title-missing", "no title found around the document header: " + anchorText.strip());
        }

        Set<String> ownTitles = new LinkedHashSet<>();
        if (innerTitle != null) ownTitles.add(innerTitle);
        if (title != null) {
            ownTitles.add(title);
            // 关于印发《X》的通知 publishes X; other titles quoted in a title are documents it refers to.
            Matcher q = (start.anchor() == DocumentLocator.Anchor.INTERPRETATION ? QUOTED : PUBLISHED).matcher(title);
            while (q.find()) ownTitles.add(Text.squeeze(q.group(1)));
        }
        List<SourceLine> bodyLines = lines.stream().filter(l -> !consumed.contains(l.number())).toList();
        BodyParser.Body body = new BodyParser(ownTitles, runningHeaders, diagnostics).parse(bodyLines);
        List<Passage> passages = Passage.of(body.blocks());

        String ownNumber = number != null ? number.normalized() : order != null ? order.normalized() : null;
        Set<String> published = new HashSet<>();
        ownTitles.forEach(t -> published.add(Text.comparable(t)));
        body.blocks().stream().filter(Block.Heading.class::isInstance)
                .forEach(h -> published.add(Text.comparable(((Block.Heading) h).text())));
        for (var attachment : body.attachments()) {
            if (attachment.title() == null) continue;
            published.add(Text.comparable(attachment.title()));
            published.add(Text.comparable(LineShapes.withoutTrailingRemark(attachment.title())));
        }
        List<Citation> cites = CitationFinder.find(passages, ownNumber, published);
        String type = typeOf(start.anchor(), title);
        List<String> issuers = issuers(start, title, printedTitle, order, signature.orElse(null));
        Citation explains = start.anchor() == DocumentLocator.Anchor.INTERPRETATION ? explained(title, anchorLine) : null;
        if (issuers.isEmpty()) {
            diagnostics.info(anchorLine, "issuer-unknown", "no issuing organ in the title or a signature block: "
                    + (title == null ? anchorText.strip() : title));
        }
        if (signed == null && start.anchor() != DocumentLocator.Anchor.INTERPRETATION) {
            diagnostics.info(anchorLine, "signature-missing", "no signature date found: "
                    + (title == null ? anchorText.strip() : title));
        }
        int lastLine = lastNonBlank(lines);
        // An interpretation speaks of the document it explains; its dates and validity are that document's.
        boolean speaksForItself = start.anchor() != DocumentLocator.Anchor.INTERPRETATION;
        return new Document(title, type, number, registration, order, issuers, addressees, signed,
                speaksForItself ? Provisions.effective(passages, signed) : null,
                speaksForItself ? Provisions.validity(passages) : null,
                Provisions.repeals(body.blocks(), passages, ownNumber, published),
                Provisions.amends(body.blocks(), passages, ownNumber, published), body.attachments(), cites, explains, null,
                firstLine, lastLine, body.blocks());
    }

    /** The day of a dateline: {@code ——2024年1月22日在…会议上}, or a date in brackets, {@code （2024年1月1日）}. */
    private static LocalDate datelineDay(String line) {
        return Dates.dateline(line).or(() -> Dates.wholeLine(line)).orElse(null);
    }

    /**
     * The day of the meeting that adopted the document, from its note among its first lines (under its
     * title, above or below its number); else null.
     */
    private static LocalDate adopted(List<SourceLine> lines) {
        for (int k = DocumentLocator.nextNonBlank(lines, 0), n = 0; k >= 0 && n < ADOPTION_NOTE_LINES;
             k = DocumentLocator.nextNonBlank(lines, k + 1), n++) {
            Optional<LocalDate> day = Identifiers.adoptionNote(lines.get(k).text());
            if (day.isPresent()) return day.get();
        }
        return null;
    }

    /** Whether the lines between the header and the signature promulgate a regulation: 《…》已由…通过，现予公布. */
    private static boolean promulgates(List<SourceLine> lines, int from, int to) {
        for (int k = from; k < to && k < lines.size(); k++) {
            String s = lines.get(k).text();
            if (s.indexOf('《') >= 0 && s.contains("现予公布")) return true;
        }
        return false;
    }

    /** An order's title is the regulation's own title, printed after the promulgation text and signature. */
    private static String orderTitle(List<SourceLine> lines, int from, Set<Integer> consumed) {
        return titleAt(lines, from, consumed);
    }

    /** The title-like lines from {@code from} (up to three), joined; their line numbers go into {@code taken}. */
    private static String titleAt(List<SourceLine> lines, int from, Set<Integer> taken) {
        List<String> pieces = new ArrayList<>();
        for (int k = DocumentLocator.nextNonBlank(lines, from); k >= 0 && pieces.size() < MAX_ORDER_TITLE_LINES;
             k = DocumentLocator.nextNonBlank(lines, k + 1)) {
            String text = lines.get(k).text();
            if (!DocumentLocator.isTitlePiece(text)) break;
            pieces.add(text);
            taken.add(lines.get(k).number());
            if (DocumentTypes.endsWithTypeWord(Text.squeeze(text))) break;
        }
        return pieces.isEmpty() ? null : Text.squeeze(Text.joinPieces(pieces));
    }

    private static String typeOf(DocumentLocator.Anchor anchor, String title) {
        return switch (anchor) {
            case ORDER, PROMULGATION -> DocumentTypes.ORDER_TYPE;
            case INTERPRETATION -> DocumentTypes.INTERPRETATION_TYPE;
            default -> DocumentTypes.of(title);
        };
    }

    private static List<String> issuers(DocumentLocator.Start start, String title, String printedTitle, OrderNumber order,
                                        SignatureReader.Signature signature) {
        if (order != null) return List.of(order.issuer());
        if (signature != null && !signature.organs().isEmpty()) return signature.organs();
        if (title == null) return List.of();
        if (start.anchor() == DocumentLocator.Anchor.INTERPRETATION) {
            Matcher m = INTERPRETER.matcher(title);
            return m.find() && LineShapes.isOrgan(m.group(1)) ? List.of(m.group(1)) : List.of();
        }
        int about = title.indexOf("关于");
        if (about < 0 && DocumentTypes.APPOINTMENT_TYPE.equals(DocumentTypes.of(title))) about = title.indexOf("任免"); // 国务院任免国家工作人员
        if (about < 0) about = title.indexOf("工作报告"); // 湖南省人民政府工作报告
        int printedAbout = printedTitle.indexOf("关于");
        if (about > 0 && printedAbout > 0) {
            List<String> together = SignatureReader.organsOf(printedTitle.substring(0, printedAbout));
            if (together.size() > 1) return together;
        }
        if (about > 0) {
            String prefix = title.substring(0, about);
            if (LineShapes.isOrgan(prefix) && !SEVERAL_ORGANS.matcher(prefix).matches()) return List.of(prefix);
        }
        return List.of();
    }

    private static Citation explained(String title, int line) {
        if (title == null) return null;
        Matcher m = QUOTED.matcher(title);
        return m.find() ? new Citation(Text.squeeze(m.group(1)), null, null, line) : null;
    }

    private static String lineText(List<SourceLine> lines, int number) {
        int k = indexOf(lines, number);
        return k < 0 ? "" : lines.get(k).text();
    }

    private static int indexOf(List<SourceLine> lines, int number) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).number() == number) return k;
        }
        return -1;
    }

    /** The index after the last consumed header line. */
    private static int indexAfter(List<SourceLine> lines, Set<Integer> consumed) {
        int after = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (consumed.contains(lines.get(k).number())) after = k + 1;
        }
        return after;
    }

    private static int lastNonBlank(List<SourceLine> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) return lines.get(k).number();
        }
        return lines.get(0).number();
    }
}
