package org.gazette.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Splits decoded text into {@link SourceLine}s, accepting LF, CRLF and lone CR, and tidying white space. */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<SourceLine> split(String text) {
        return split(text, line -> { });
    }

    /** @param controls told the number of each line that had control characters (read as spaces) */
    static List<SourceLine> split(String text, IntConsumer controls) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line(number++, text, start, i, controls));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(line(number, text, start, length, controls));
        }
        return lines;
    }

    private static SourceLine line(int number, String text, int from, int to, IntConsumer controls) {
        char[] out = new char[to - from]; // a builder appending char by char cost more than the split itself
        if (tidy(text, from, to, out)) controls.accept(number);
        int end = out.length;
        while (end > 0 && Character.isWhitespace(out[end - 1])) {
            end--;
        }
        return new SourceLine(number, new String(out, 0, end));
    }

    /**
     * Maps ideographic and no-break spaces to a plain space, full-width ASCII digits and letters to
     * ASCII (so that 〔２０２４〕 and 〔2024〕 are one number), and {@linkplain ControlCharacters control
     * characters} to a space.
     *
     * @return whether there were control characters other than the page and line feeds PDF text has
     */
    private static boolean tidy(String text, int from, int to, char[] out) {
        boolean controls = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\ufeff') {
                c = ' ';
            } else if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                c = (char) (c - 0xFEE0);
            } else if (ControlCharacters.is(c)) {
                controls |= c != '\f' && c != '\u000b';
                c = ' ';
            }
            out[i - from] = c;
        }
        return controls;
    }
}
