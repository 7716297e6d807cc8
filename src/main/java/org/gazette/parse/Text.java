package org.gazette.parse;

import java.util.List;

/** Small text operations for PDF-extracted Chinese text. */
public final class Text {

    /**
     * The ideograph ranges, for use inside a regex character class. Spelled out because
     * {@code \\p{IsHan}} looks up the Unicode script of every character, which made parsing several
     * times slower.
     */
    public static final String HAN = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";

    private Text() {
    }

    public static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * Removes the spaces that PDF extraction puts inside Chinese text ({@code 通 知}, {@code 关于印发 《…》})
     * while keeping one space between two ASCII words or numbers ({@code DRG and DIP}, {@code 2022 2025}).
     */
    public static String squeeze(String s) {
        if (!hasSpace(s)) return s; // most lines: nothing to do
        char[] out = new char[s.length()];
        int length = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(s.charAt(j))) j++;
                if (length > 0 && j < n && isAsciiWord(out[length - 1]) && isAsciiWord(s.charAt(j))) {
                    out[length++] = ' ';
                }
                i = j;
            } else {
                out[length++] = c;
                i++;
            }
        }
        return new String(out, 0, length);
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) return true;
        }
        return false;
    }

    /** {@link Character#isWhitespace} but for tabs (table cell separators), without a table lookup for ideographs. */
    private static boolean isSpace(char c) {
        if (c <= ' ') return c != '\t' && Character.isWhitespace(c);
        return c >= '\u1680' && (c == '\u3000' || (c <= '\u205f' && Character.isWhitespace(c)));
    }

    /**
     * Joins the pieces of a text broken over several lines: no separator between Chinese pieces, a
     * space where two ASCII words meet. Each piece is trimmed first.
     */
    public static String joinPieces(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) continue;
            if (out.length() > 0 && isAsciiWord(out.charAt(out.length() - 1)) && isAsciiWord(p.charAt(0))) {
                out.append(' ');
            }
            out.append(p);
        }
        return out.toString();
    }

    /** True when the text ends a sentence or clause: 。；！？ or ：, possibly followed by closing quotes or brackets. */
    public static boolean endsClause(String s) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && "”’」』）)】]".indexOf(t.charAt(i)) >= 0) i--;
        if (i < 0) return false;
        return "。；;！!？?：:".indexOf(t.charAt(i)) >= 0;
    }

    /** Counts the CJK ideographs in a string. */
    public static int cjkCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) n++;
        }
        return n;
    }

    /** A title with punctuation, symbols and spaces removed: for comparing titles printed differently. */
    public static String comparable(String title) {
        if (title == null) return null;
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (isComparable(c)) out.append(c);
        }
        return out.toString();
    }

    /** Whether a pattern's {@code \s} matches the character: {@code [ \t\n\x0B\f\r]}, not the ideographic space. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@link #comparable} keeps the character: an ideograph, a letter or a digit. */
    public static boolean isComparable(char c) {
        return isCjk(c) || Character.isLetterOrDigit(c);
    }

    /** True when the text contains any of the given characters. */
    public static boolean containsAny(String s, String characters) {
        // Each of the few characters searched for along the line (String.indexOf, which the JIT
        // compiles to vector instructions), not the line's every character looked up among them.
        for (int i = 0; i < characters.length(); i++) {
            if (s.indexOf(characters.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** The first character that is not white space, or a space when there is none (without copying the text, as strip would). */
    static char firstVisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) return s.charAt(i);
        }
        return ' ';
    }

    /** The last character that is not white space, or a space when there is none (without copying the text, as strip would). */
    static char lastVisible(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) return s.charAt(i);
        }
        return ' ';
    }
}
