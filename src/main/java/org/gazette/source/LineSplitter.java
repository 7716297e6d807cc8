package org.gazette.source;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into {@link SourceLine}s, accepting LF, CRLF and lone CR, and tidying white space. */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, tidy(text, start, i)));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new SourceLine(number, tidy(text, start, length)));
        }
        return lines;
    }

    /**
     * Maps ideographic and no-break spaces to a plain space, full-width ASCII digits and letters to
     * ASCII (so that 〔２０２４〕 and 〔2024〕 are one number), and drops trailing white space.
     */
    private static String tidy(String text, int from, int to) {
        char[] out = new char[to - from]; // a builder appending char by char cost more than the split itself
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u200b' || c == '\ufeff') {
                c = ' ';
            } else if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                c = (char) (c - 0xFEE0);
            }
            out[i - from] = c;
        }
        int end = out.length;
        while (end > 0 && Character.isWhitespace(out[end - 1])) {
            end--;
        }
        return new String(out, 0, end);
    }
}
