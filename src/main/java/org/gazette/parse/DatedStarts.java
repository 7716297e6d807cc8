package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gazette.model.Block;
import org.gazette.parse.DocumentLocator.Anchor;
import org.gazette.parse.DocumentLocator.Start;
import org.gazette.source.SourceLine;

/**
 * The starts of documents printed without a number or signature, known by the dated line under
 * their title: the note of the meeting that adopted a decision or law
 * ({@code （2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）}), a report's or speech's dateline
 * ({@code ——2024年1月22日在湖南省第十四届人民代表大会第二次会议上}), a date in brackets
 * ({@code 中共中央 国务院关于…的意见} / {@code （2024年1月1日）}). The title is the lines just above. Part of
 * {@link DocumentLocator}'s anchors.
 */
final class DatedStarts {

    /** A speech's title: 在…会议上的讲话. */
    private static final Pattern SPEECH = Pattern.compile("^.{2,80}(?:讲话|发言|致辞)$");

    private DatedStarts() {
    }

    /**
     * The document whose dated line is at line {@code i}, if one is.
     *
     * @param next     the next line that is not blank, or -1
     * @param floor    the first line a title may take
     * @param previous the start found last, or null
     */
    static Optional<Start> at(List<SourceLine> lines, int i, int next, int floor, Start previous) {
        String text = lines.get(i).text();
        int noteEnd = noteEnd(text, i, next);
        if (noteEnd != i || text.indexOf("通过") >= 0) {
            String note = noteEnd == i ? text : text.strip() + lines.get(noteEnd).text().strip();
            if (Identifiers.adoptionNote(note).isPresent()) return adoption(lines, i, noteEnd, floor, previous);
        }
        if (Dates.dateline(text).isPresent()) {
            List<Integer> title = linesAbove(lines, i, floor);
            return title.isEmpty() ? Optional.empty() : Optional.of(new Start(Anchor.DATELINE, i, i, title));
        }
        return isBracketedDate(text) ? datedTitle(lines, i, floor, previous) : Optional.empty();
    }

    /**
     * A decision or law printed under the note of the meeting that adopted it, without a number: the
     * title is the lines just before the note. Not the law an order has just promulgated (its note is
     * under the title the order names), nor a document whose number follows the note (the number
     * anchors it).
     */
    private static Optional<Start> adoption(List<SourceLine> lines, int i, int end, int floor, Start previous) {
        int next = DocumentLocator.nextNonBlank(lines, end + 1);
        if (next >= 0 && Identifiers.documentNumberLine(lines.get(next).text()).isPresent()) return Optional.empty();
        List<Integer> title = DocumentLocator.titleBefore(lines, i, floor);
        if (title.isEmpty()) return Optional.empty();
        if (publishedByPrevious(lines, previous, title)) return Optional.empty();
        return Optional.of(new Start(Anchor.ADOPTION, i, end, title));
    }

    /** The last line of a note in brackets that opens at line {@code i} ({@code text}): the next one when it is wrapped there. */
    private static int noteEnd(String text, int i, int next) {
        char first = Text.firstVisible(text);
        boolean opens = first == '（' || first == '(';
        return opens && next >= 0 && text.indexOf('）') < 0 && text.indexOf(')') < 0 ? next : i;
    }

    /** A line that is a date in brackets alone: {@code （2024年1月1日）}. */
    private static boolean isBracketedDate(String text) {
        char first = Text.firstVisible(text);
        return (first == '（' || first == '(') && text.indexOf('日') >= 0 && Dates.wholeLine(text).isPresent();
    }

    /**
     * A document dated in brackets under its title, without a number or signature: the Party's and the
     * State Council's joint documents ({@code 中共中央 国务院关于…的意见} / {@code （2024年1月1日）}), a speech
     * ({@code 在…会议上的讲话}). Not the text a document just before publishes under its own title.
     */
    private static Optional<Start> datedTitle(List<SourceLine> lines, int i, int floor, Start previous) {
        List<Integer> title = DocumentLocator.titleBefore(lines, i, floor);
        if (title.isEmpty()) {
            List<Integer> above = linesAbove(lines, i, floor);
            if (above.isEmpty() || !SPEECH.matcher(Text.squeeze(DocumentLocator.joined(lines, above))).matches()) return Optional.empty();
            title = above;
        }
        // What the document before publishes or attaches is part of it, dated in it.
        if (publishedByPrevious(lines, previous, title) || underAttachmentHeading(lines, title.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new Start(Anchor.DATELINE, i, i, title));
    }

    /** Whether the line above the title is an attachment's heading (附件2): the title is an annex's, dated in it. */
    private static boolean underAttachmentHeading(List<SourceLine> lines, int title) {
        int above = DocumentLocator.previousNonBlank(lines, title - 1, 0);
        return above >= 0 && LineShapes.structural(lines.get(above).text())
                .filter(s -> s.kind() == Block.Kind.ATTACHMENT).isPresent();
    }

    /**
     * The title of a report or speech above its dateline: the title-like lines directly above (a
     * title such as 政府工作报告 or 在…会议上的讲话 need not name an organ or end in a kind of document).
     */
    private static List<Integer> linesAbove(List<SourceLine> lines, int i, int floor) {
        List<Integer> title = new ArrayList<>();
        for (int j = DocumentLocator.previousNonBlank(lines, i - 1, floor);
             j >= 0 && title.size() < 3 && DocumentLocator.isTitlePiece(lines.get(j).text());
             j = DocumentLocator.previousNonBlank(lines, j - 1, floor)) {
            title.add(0, j);
        }
        return title;
    }

    /** Whether the title is what the document just before publishes (the decision its order promulgates). */
    private static boolean publishedByPrevious(List<SourceLine> lines, Start previous, List<Integer> title) {
        if (previous == null) return false;
        return DocumentLocator.publishedBy(List.of(previous), lines, title.get(0), Text.comparable(DocumentLocator.joined(lines, title)));
    }
}
