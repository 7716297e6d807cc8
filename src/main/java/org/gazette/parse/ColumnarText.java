package org.gazette.parse;

import java.util.List;
import java.util.regex.Pattern;

import org.gazette.source.SourceLine;

/**
 * Marks lines that belong to tables laid out with spaces instead of tabs (land-price tables and
 * the like): their cell structure is not recoverable, so they are kept as preformatted text
 * rather than joined into paragraphs.
 */
final class ColumnarText {

    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile(".*[。；，,;：].*");
    private static final int MIN_TOKENS = 3;
    private static final int SANDWICH_WINDOW = 8;
    private static final int SANDWICH_MAX_LENGTH = 30;

    private ColumnarText() {
    }

    static boolean[] mark(List<SourceLine> lines) {
        boolean[] columnar = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            columnar[i] = isColumnar(lines.get(i).text());
        }
        // Short label lines between two columnar lines are cells that wrapped onto a line of their own.
        int lastColumnar = -1;
        int nonBlankSince = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) continue;
            if (columnar[i]) {
                if (lastColumnar >= 0 && nonBlankSince <= SANDWICH_WINDOW) {
                    for (int k = lastColumnar + 1; k < i; k++) {
                        if (!lines.get(k).isBlank() && isCellLike(lines.get(k).text())) columnar[k] = true;
                    }
                }
                lastColumnar = i;
                nonBlankSince = 0;
            } else {
                nonBlankSince++;
            }
        }
        return columnar;
    }

    static boolean isColumnar(String text) {
        String s = text.strip();
        // Counted before any pattern is tried: most lines are prose, a single token.
        if (s.isEmpty() || tokenCount(s) < MIN_TOKENS) return false;
        if (LineShapes.isTableRow(s) || CLAUSE_PUNCTUATION.matcher(s).matches()) return false;
        String[] tokens = s.split("\\s+");
        if (Dates.wholeLine(s).isPresent()) return false;
        if (LineShapes.structural(s).isPresent()) return false;
        int withDigits = 0;
        for (String token : tokens) {
            if (token.chars().anyMatch(Character::isDigit)) withDigits++;
        }
        return withDigits >= 2 || (withDigits >= 1 && tokens.length >= 4);
    }

    /** How many tokens {@code split("\\s+")} makes of a stripped line. */
    private static int tokenCount(String s) {
        int count = 1;
        for (int i = 1; i < s.length(); i++) if (Text.isRegexSpace(s.charAt(i)) && !Text.isRegexSpace(s.charAt(i - 1))) count++;
        return count;
    }

    private static boolean isCellLike(String text) {
        String s = text.strip();
        return s.length() <= SANDWICH_MAX_LENGTH && !Text.endsClause(s) && !CLAUSE_PUNCTUATION.matcher(s).matches()
                && LineShapes.structural(s).isEmpty();
    }
}
