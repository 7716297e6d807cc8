package org.gazette.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.Attachment;
import org.gazette.model.Block;
import org.gazette.model.Block.Kind;
import org.gazette.source.SourceLine;

/**
 * Turns the text lines of a document into a tree of {@link Block}s: chapters, articles and outline
 * levels nest; paragraphs are re-joined across PDF line breaks (a line that does not end a clause
 * continues on the next one, blank lines between them notwithstanding); tab tables and
 * space-aligned tables become tables and preformatted text; the 附件： list and the attachments'
 * bodies are recognised.
 *
 * <p>One instance parses one document; it is not reused.
 */
final class BodyParser {

    private static final Pattern LISTED_ITEM = Pattern.compile("^([0-9]{1,2})\\s*[.．、]\\s*(.+)$");
    /** The dashes around a printed page number. */
    private static final String DASHES = "—–-－";
    private static final String DASH = "[" + DASHES.replace("-", "\\-") + "]";
    /** A printed page number on a line of its own: {@code — 5 —}, {@code - 12 -}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*" + DASH + "\\s*[0-9]{1,4}\\s*" + DASH + "\\s*$");
    /** A table caption ({@code 表1 蓝山县…基准地价内涵}) over a table laid out without tabs. */
    private static final Pattern TABLE_CAPTION = Pattern.compile("^\\s*表\\s*[0-9]{1,3}\\s*[" + Text.HAN + "（(].{2,60}$");
    private static final int PARAGRAPH_MIN = 30;
    private static final int HEADING_MAX = 30;
    private static final int SHORT_HEADING_MAX = 15;
    private static final int ARTICLE_HEADING_MAX = 10;
    private static final int WIDE_LINE = 25;

    /** The structured text and the attachments it lists and contains. */
    record Body(List<Block> blocks, List<Attachment> attachments) {
    }

    /** An open division whose children are still being collected. */
    private static final class Open {
        final Kind kind;
        final String label;
        final String heading;
        final String anchor;
        final int line;
        final List<Block> children = new ArrayList<>();

        Open(Kind kind, String label, String heading, String anchor, int line) {
            this.kind = kind;
            this.label = label;
            this.heading = heading;
            this.anchor = anchor;
            this.line = line;
        }

        Block.Division close() {
            return new Block.Division(kind, label, heading, anchor, line, children);
        }
    }

    private final KnownTitles knownTitles;
    private final Set<String> runningHeaders;
    private final Diagnostics diagnostics;
    private final List<Block> top = new ArrayList<>();
    private final Deque<Open> stack = new ArrayDeque<>();
    private final Set<String> anchors = new HashSet<>();
    private final List<Attachment> listed = new ArrayList<>();
    private final List<Attachment> bodies = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private int paragraphLine;

    BodyParser(Set<String> knownTitles, Set<String> runningHeaders, Diagnostics diagnostics) {
        this.knownTitles = new KnownTitles(knownTitles);
        // Titles compare without punctuation: 《》 inside a quoted title are printed as 〈〉 or <>.
        this.runningHeaders = runningHeaders;
        this.diagnostics = diagnostics;
    }

    Body parse(List<SourceLine> lines) {
        boolean[] columnar = ColumnarText.mark(lines);
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            String text = line.text();
            if (line.isBlank()) {
                i++;
            } else if (LineShapes.isTableRow(text)) {
                closeParagraph();
                TableReader.Result table = TableReader.read(lines, i, diagnostics);
                add(table.table());
                i = table.next();
            } else if (isTableCaption(text)) {
                closeParagraph();
                add(new Block.Heading(Text.squeeze(text), line.number()));
                i = captionedTable(lines, i + 1);
            } else if (columnar[i]) {
                closeParagraph();
                i = preformatted(lines, columnar, i);
            } else if (!runningHeaders.isEmpty() && runningHeaders.contains(Text.squeeze(text))) {
                runningHeader(line);
                i++;
            } else if (TableReader.isContinuation(text)) {
                i++;
            } else if (isPageNumber(text)) {
                pageNumber(line);
                i++;

            } else if (LineShapes.attachmentList(text).isPresent()) {
                closeParagraph();
                i = attachmentList(lines, i);
            } else {
                int titleEnd = knownTitles.end(lines, i, paragraph);
                if (titleEnd > i) {
                    closeParagraph();
                    add(new Block.Heading(joined(lines, i, titleEnd), line.number()));
                    i = titleEnd;
                    continue;
                }
                Optional<LineShapes.StructuralStart> start = LineShapes.structural(text);
                if (start.isPresent()) {
                    closeParagraph();
                    i = openDivision(lines, i, start.get());
                } else {
                    appendText(text, line.number());
                    i++;
                }
            }
        }
        closeParagraph();
        while (!stack.isEmpty()) closeTop();
        List<Attachment> attachments = mergeAttachments();
        return new Body(top, attachments);
    }

    /**
     * Whether the line is a printed page number. Asked of every line: the pattern is tried only when
     * the first character after the spaces it allows ({@code \\s}) is a dash.
     */
    private static boolean isPageNumber(String line) {
        int i = 0;
        while (i < line.length() && Text.isRegexSpace(line.charAt(i))) i++;
        return i < line.length() && DASHES.indexOf(line.charAt(i)) >= 0 && PAGE_NUMBER.matcher(line).matches();
    }

    /** Whether the line captions a table ({@code 表1 …}). Asked of every line: the pattern is tried only on one with a 表. */
    private static boolean isTableCaption(String line) {
        return line.indexOf('表') >= 0 && TABLE_CAPTION.matcher(line).matches();
    }

    private void runningHeader(SourceLine line) {
        diagnostics.info(line.number(), "running-header", "page header removed from the text: " + line.trimmed());
    }

    private void pageNumber(SourceLine line) {
        diagnostics.info(line.number(), "page-number", "page number removed from the text: " + line.trimmed());
    }

    private void appendText(String text, int number) {
        if (!paragraph.isEmpty() && (Text.endsClause(paragraph.get(paragraph.size() - 1)) || isNote(paragraph))) closeParagraph();
        if (paragraph.isEmpty()) paragraphLine = number;
        paragraph.add(text);
    }

    /**
     * Whether the paragraph so far is one remark in brackets, a note of its own (a law's adoption
     * note, wrapped or not; （此件公开发布）): the text after it is not its continuation.
     */
    private static boolean isNote(List<String> paragraph) {
        String first = paragraph.get(0).strip();
        if (first.isEmpty() || first.charAt(0) != '（' && first.charAt(0) != '(') return false; // most paragraphs
        String last = paragraph.get(paragraph.size() - 1).strip();
        char end = last.isEmpty() ? ' ' : last.charAt(last.length() - 1);
        return (end == '）' || end == ')') && LineShapes.isRemark(Text.squeeze(Text.joinPieces(paragraph)));
    }

    private void closeParagraph() {
        if (paragraph.isEmpty()) return;
        String text = Text.squeeze(Text.joinPieces(paragraph));
        paragraph.clear();
        knownTitles.quotedIn(text);
        add(new Block.Paragraph(text, paragraphLine));
    }

    private void add(Block block) {
        if (stack.isEmpty()) top.add(block);
        else stack.peek().children.add(block);
    }

    private void closeTop() {
        Block.Division done = stack.pop().close();
        add(done);
    }

    private int preformatted(List<SourceLine> lines, boolean[] columnar, int i) {
        StringBuilder text = new StringBuilder();
        int start = lines.get(i).number();
        int j = i;
        while (j < lines.size() && (columnar[j] || lines.get(j).isBlank())) {
            if (!lines.get(j).isBlank()) {
                if (text.length() > 0) text.append('\n');
                text.append(lines.get(j).text().strip());
            }
            j++;
        }
        add(new Block.Preformatted(text.toString(), start));
        return j;
    }

    /**
     * The lines under a table caption, up to the next caption, a top-level heading or a real
     * paragraph, kept as preformatted text: their cells were laid out with spaces and wrap freely.
     */
    private int captionedTable(List<SourceLine> lines, int from) {
        StringBuilder text = new StringBuilder();
        int j = from;
        int start = 0;
        for (; j < lines.size(); j++) {
            SourceLine line = lines.get(j);
            if (line.isBlank()) continue;
            if (isPageNumber(line.text())) {
                pageNumber(line);
                continue;
            }
            if (!runningHeaders.isEmpty() && runningHeaders.contains(Text.squeeze(line.text()))) {
                runningHeader(line);
                continue;
            }
            String t = line.text().strip();
            Optional<LineShapes.StructuralStart> structural = LineShapes.structural(t);
            if (isTableCaption(t) || LineShapes.isTableRow(t)
                    || structural.filter(s -> s.kind().depth() <= Kind.OUTLINE_1.depth()).isPresent()
                    || (Text.endsClause(t) && t.length() > PARAGRAPH_MIN && t.contains("。"))) {
                break;
            }
            if (start == 0) start = line.number();
            if (text.length() > 0) text.append('\n');
            text.append(t);
        }
        if (start > 0) add(new Block.Preformatted(text.toString(), start));
        return j;
    }

    /** {@code 附件：1. X} followed by {@code 2. Y} lines, or {@code 附件：X} alone. */
    private int attachmentList(List<SourceLine> lines, int i) {
        String first = LineShapes.attachmentList(lines.get(i).text()).orElseThrow();
        List<String> shown = new ArrayList<>(List.of(Text.squeeze(LineShapes.withoutListDash(lines.get(i).text()))));
        Matcher m = LISTED_ITEM.matcher(first);
        int j = i + 1;
        if (m.matches()) {
            listed.add(new Attachment("附件" + m.group(1), Text.squeeze(m.group(2)), 0));
            for (int k = DocumentLocator.nextNonBlank(lines, j); k >= 0; k = DocumentLocator.nextNonBlank(lines, k + 1)) {
                Matcher item = LISTED_ITEM.matcher(LineShapes.withoutListDash(lines.get(k).text()));
                if (!item.matches() || Integer.parseInt(item.group(1)) != listed.size() + 1) break;
                listed.add(new Attachment("附件" + item.group(1), Text.squeeze(item.group(2)), 0));
                shown.add(Text.squeeze(lines.get(k).text()));
                j = k + 1;
            }
        } else {
            listed.add(new Attachment("附件", Text.squeeze(first), 0));
        }
        add(new Block.Paragraph(String.join(" ", shown), lines.get(i).number()));
        return j;
    }

    private int openDivision(List<SourceLine> lines, int i, LineShapes.StructuralStart start) {
        Kind kind = start.kind();
        String rest = start.rest().strip();
        if ((kind == Kind.CHAPTER || kind == Kind.SECTION) && !rest.isEmpty() && !isHeadingText(rest, kind)) {
            // 第一章总则。明确了… is a sentence about a chapter (in an interpretation), not a chapter.
            appendText(lines.get(i).text(), lines.get(i).number());
            return i + 1;
        }
        while (!stack.isEmpty() && stack.peek().kind.depth() >= kind.depth()) closeTop();
        int next = i + 1;
        String heading = null;
        if (kind == Kind.ATTACHMENT) {
            int t = DocumentLocator.nextNonBlank(lines, i + 1);
            if (t >= 0 && isHeadingText(lines.get(t).text(), Kind.ATTACHMENT) && LineShapes.structural(lines.get(t).text()).isEmpty()
                    && !LineShapes.isTableRow(lines.get(t).text())) {
                heading = Text.squeeze(lines.get(t).text());
                next = t + 1;
            }
            bodies.add(new Attachment(start.label(), heading, lines.get(i).number()));
        } else if (!rest.isEmpty() && isHeadingText(rest, kind) && headingStandsAlone(kind, rest, lines, i)) {
            heading = Text.squeeze(rest);
        }
        String anchor = anchorFor(kind, start.label());
        stack.push(new Open(kind, start.label(), heading, anchor, lines.get(i).number()));
        if (heading == null && !rest.isEmpty()) appendText(rest, lines.get(i).number());
        return next;
    }

    private static boolean isHeadingText(String text, Kind kind) {
        String s = Text.squeeze(text);
        int max = switch (kind) {
            case ARTICLE -> ARTICLE_HEADING_MAX;
            case OUTLINE_2, OUTLINE_3, OUTLINE_4 -> SHORT_HEADING_MAX;
            default -> HEADING_MAX;
        };
        return !s.isEmpty() && s.length() <= max && !Text.endsClause(s) && !Text.containsAny(s, "。；;");
    }

    /**
     * Chapters, sections and first outline levels carry a heading when the text after the label is
     * short and plain. Otherwise (a deeper level, or a text with commas) it is a heading only when
     * what follows is clearly separate (a new structural line, or a full-width line of text): in
     * two-column PDF text a short line after a label is more often a sentence broken by the column.
     */
    private static boolean headingStandsAlone(Kind kind, String rest, List<SourceLine> lines, int i) {
        boolean plain = !Text.containsAny(rest, "，,、");
        if (plain && (kind == Kind.CHAPTER || kind == Kind.SECTION || kind == Kind.OUTLINE_1)) return true;
        int n = DocumentLocator.nextNonBlank(lines, i + 1);
        if (n < 0) return true;
        String next = lines.get(n).text();
        return LineShapes.structural(next).isPresent() || next.strip().length() > WIDE_LINE;
    }

    private String anchorFor(Kind kind, String label) {
        if (kind.depth() > Kind.OUTLINE_1.depth()) return null;
        String base = label.replace("、", "");
        String parent = stack.stream().filter(o -> o.anchor != null).map(o -> o.anchor).findFirst().orElse(null);
        String anchor = kind == Kind.OUTLINE_1 && parent != null ? parent + "-" + base : base;
        if (anchors.contains(anchor) && parent != null) anchor = parent + "-" + base;
        String unique = anchor;
        for (int n = 2; anchors.contains(unique); n++) unique = anchor + "-" + n;
        anchors.add(unique);
        return unique;
    }

    /** Attachments as listed, completed with where their bodies start; bodies not listed are added. */
    private List<Attachment> mergeAttachments() {
        List<Attachment> merged = new ArrayList<>();
        List<Attachment> unmatched = new ArrayList<>(bodies);
        for (Attachment item : listed) {
            Attachment body = unmatched.stream()
                    .filter(b -> b.label().equals(item.label()) || (listed.size() == 1 && bodies.size() == 1))
                    .findFirst().orElse(null);
            if (body != null) unmatched.remove(body);
            merged.add(new Attachment(item.label(), item.title(), body == null ? 0 : body.startLine()));
        }
        merged.addAll(unmatched);
        return merged;
    }

    private static String joined(List<SourceLine> lines, int from, int to) {
        List<String> pieces = new ArrayList<>();
        for (int k = from; k < to; k++) pieces.add(lines.get(k).text());
        return Text.squeeze(Text.joinPieces(pieces));
    }
}
