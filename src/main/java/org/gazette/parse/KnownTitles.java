package org.gazette.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.source.SourceLine;

/**
 * The titles a document's text has named so far (its own, what it publishes, what its paragraphs
 * quote), and where one of them is printed as a heading in the body: the regulation a notice
 * publishes ({@code 现将《…办法》印发给你们} … {@code …办法}), wrapped over up to three lines. Used by
 * one {@link BodyParser}.
 */
final class KnownTitles {

    private static final Pattern QUOTED = Pattern.compile("《([^《》]{2,120})》");
    private static final int MAX_TITLE_LINES = 3;
    private static final int PENDING_TAIL_LINES = 8;

    /** In {@link Text#comparable} form. */
    private final Set<String> titles = new HashSet<>();

    KnownTitles(Set<String> titles) {
        titles.forEach(t -> this.titles.add(Text.comparable(t)));
    }

    /** Takes the titles a finished paragraph quotes. */
    void quotedIn(String paragraph) {
        if (paragraph.indexOf('《') < 0) return; // most paragraphs quote nothing: the pattern would be tried at every character
        Matcher m = QUOTED.matcher(paragraph);
        while (m.find()) titles.add(Text.comparable(m.group(1)));
    }

    /**
     * When the lines from {@code i} spell a known title, or one quoted at the end of the paragraph
     * still being collected, where it ends; else -1.
     *
     * @param paragraph the lines of the paragraph still being collected
     */
    int end(List<SourceLine> lines, int i, List<String> paragraph) {
        List<String> tail = paragraph.subList(Math.max(0, paragraph.size() - PENDING_TAIL_LINES), paragraph.size());
        // Only a line that begins a title quoted earlier in the text is looked at further (a title's
        // letters are its lines' one after another): looking at every line's shape was a tenth of a
        // clean build's parsing. A title quoted at the end of this paragraph is looked for as before.
        if (!quotes(tail) && !beginsOne(lines.get(i).text())) return -1;
        if (!DocumentLocator.isTitlePiece(lines.get(i).text())) return -1;
        Set<String> pending = null; // read once, and only when a known title does not match
        List<String> pieces = new ArrayList<>();
        int j = i;
        for (int n = 0; n < MAX_TITLE_LINES && j >= 0; n++) {
            pieces.add(lines.get(j).text());
            String candidate = Text.comparable(Text.joinPieces(pieces));
            if (titles.contains(candidate)) return j + 1;
            if (pending == null) pending = pending(tail);
            if (pending.contains(candidate)) return j + 1;
            j = DocumentLocator.nextNonBlank(lines, j + 1);
            if (j < 0 || !DocumentLocator.isTitlePiece(lines.get(j).text())) break;
        }
        return -1;
    }

    /** Whether one of the titles begins with the line's letters; a line without any begins none. */
    private boolean beginsOne(String line) {
        for (String title : titles) if (begins(title, line)) return true;
        return false;
    }

    /** {@code Text.comparable(title).startsWith(Text.comparable(line))} for a title already comparable, without making a string. */
    private static boolean begins(String title, String line) {
        int t = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!Text.isComparable(c)) continue;
            if (t == title.length() || title.charAt(t) != c) return false;
            t++;
        }
        return t > 0;
    }

    /** Whether the last lines of the paragraph still being collected open a quoted title. */
    private static boolean quotes(List<String> tail) {
        for (String piece : tail) if (piece.indexOf('《') >= 0) return true;
        return false;
    }

    /**
     * The titles quoted at the end of the paragraph still being collected (the line announcing a
     * title may be its last). Only the paragraph's tail is read, so that a paragraph that never ends
     * (text without punctuation) costs linear time, not quadratic.
     */
    private static Set<String> pending(List<String> tail) {
        // Most paragraphs quote nothing: not joined and searched then (this ran for every line that may start a title).
        if (!quotes(tail)) return Set.of();
        Set<String> found = new HashSet<>();
        Matcher m = QUOTED.matcher(Text.squeeze(Text.joinPieces(tail)));
        while (m.find()) found.add(Text.comparable(m.group(1)));
        return found;
    }
}
