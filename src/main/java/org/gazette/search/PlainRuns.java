package org.gazette.search;

/**
 * Finds the stretches of a text whose tokens are certain without running Lucene's analysis over
 * them: runs of ideographs and runs of ASCII letters and digits, between characters that no rule
 * of Unicode word breaking (UAX #29, Lucene's StandardTokenizer) or of CJKBigramFilter joins to
 * them. A gazette's text is almost all such runs, separated by Chinese punctuation; Lucene's
 * analysis handles each ideograph as a token of its own and passes it through four filters before
 * pairing it with the next, which made it the largest single cost of a full build's index.
 *
 * <p>What a run gives is what Lucene gives it: a run of ideographs, its adjacent pairs (bigrams),
 * or the ideograph itself when it is alone; a run of ASCII letters and digits, one token
 * lower-cased. The characters allowed around a run are listed narrowly (ASCII, common CJK
 * punctuation, full-width forms); whatever is not a run — numbers with a decimal point, kana,
 * characters outside the basic plane, a run next to anything not listed — is analysed by Lucene,
 * piece by piece. A test compares the two ways over every character of the basic plane next to
 * each kind of run, and over random texts.
 */
final class PlainRuns {

    /** StandardTokenizer's longest token: a longer run of ASCII letters and digits is cut by it. */
    private static final int MAX_WORD = 255;

    /** Receives a run's tokens and the stretches between runs. */
    interface Sink {
        /** A token of a run, in {@code term[0, length)}, starting at {@code offset} in the text. */
        void token(char[] term, int length, int offset);

        /** The text {@code [from, to)}, between runs (never empty), for Lucene to analyse. */
        void rest(int from, int to);
    }

    private PlainRuns() {
    }

    /** Passes the text's runs' tokens and the stretches between them, in the order of the text. */
    static void split(String text, Sink sink) {
        char[] term = new char[MAX_WORD];
        int n = text.length();
        int done = 0; // the text before this is passed on
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isIdeograph(c)) {
                int end = i + 1;
                while (end < n && isIdeograph(text.charAt(end))) end++;
                if (besideIdeographs(text, i - 1) && besideIdeographs(text, end)) {
                    rest(text, done, i, sink);
                    if (end - i == 1) {
                        term[0] = c;
                        sink.token(term, 1, i);
                    }
                    for (int k = i; k + 1 < end; k++) {
                        term[0] = text.charAt(k);
                        term[1] = text.charAt(k + 1);
                        sink.token(term, 2, k);
                    }
                    done = end;
                }
                i = end;
            } else if (isAsciiWord(c)) {
                int end = i + 1;
                while (end < n && isAsciiWord(text.charAt(end))) end++;
                if (end - i <= MAX_WORD && besideWord(text, i - 1) && besideWord(text, end)) {
                    rest(text, done, i, sink);
                    for (int k = i; k < end; k++) {
                        char w = text.charAt(k);
                        term[k - i] = w >= 'A' && w <= 'Z' ? (char) (w + ('a' - 'A')) : w;
                    }
                    sink.token(term, end - i, i);
                    done = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        rest(text, done, n, sink);
    }

    /** Passes a stretch between runs on, unless it is only characters that never make a token. */
    private static void rest(String text, int from, int to, Sink sink) {
        for (int k = from; k < to; k++) {
            if (!isBlankOrPunctuation(text.charAt(k))) {
                sink.rest(from, to);
                return;
            }
        }
    }

    /**
     * An ideograph that StandardTokenizer makes a token of its own and CJKBigramFilter pairs: the
     * CJK unified ideographs of the basic plane (extension A and the main block, as far as every
     * Unicode version since 2019 assigns them) and 〇.
     */
    private static boolean isIdeograph(char c) {
        return (c >= '\u4E00' && c <= '\u9FEF') || (c >= '\u3400' && c <= '\u4DB5') || c == '\u3007';
    }

    private static boolean isAsciiWord(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Whether the character at {@code at} (the text's end or start when outside it) can be next to a
     * run of ideographs: it must not attach to them (a combining mark, a format character), nor be
     * kana, hangul or another ideograph, which CJKBigramFilter would pair with them. ASCII, the CJK
     * punctuation and the full-width forms are none of these.
     */
    private static boolean besideIdeographs(String text, int at) {
        if (at < 0 || at >= text.length()) return true;
        char c = text.charAt(at);
        return c < 0x80 || breaksWords(c) || (c >= '\uFF01' && c <= '\uFF5E') || (c >= '\u2010' && c <= '\u2027')
                || (c >= '\u2030' && c <= '\u205E');
    }

    /**
     * Whether the character at {@code at} (the text's end or start when outside it) can be next to a
     * run of ASCII letters and digits without word breaking joining them: not a letter or digit of
     * any script, nor a character that joins two of them (. , ; : ' and their full-width forms), an
     * underscore, an attaching mark, or a keycap's # or *. Ideographs and the listed punctuation
     * break words on both sides.
     */
    private static boolean besideWord(String text, int at) {
        if (at < 0 || at >= text.length()) return true;
        char c = text.charAt(at);
        if (c < 0x80) return c <= ' ' || "()[]{}<>-/%+=!?&$~^|\\`".indexOf(c) >= 0;
        return isIdeograph(c) || breaksWords(c);
    }

    /**
     * Chinese punctuation that breaks words on both sides and joins nothing: ideographic space, comma
     * and full stop, ditto mark, the CJK brackets (〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟), full-width ！（）？,
     * the em dash, the ellipsis and double quotation marks.
     */
    private static boolean breaksWords(char c) {
        return (c >= '\u3000' && c <= '\u3003') || (c >= '\u3008' && c <= '\u3011') || (c >= '\u3014' && c <= '\u301F')
                || c == '\uFF01' || c == '\uFF08' || c == '\uFF09' || c == '\uFF1F'
                || c == '\u2014' || c == '\u2026' || c == '\u201C' || c == '\u201D';
    }

    /**
     * Characters that make no token of themselves: blanks, ASCII punctuation and the punctuation
     * between runs in Chinese text. (Some join letters or digits around them, but a stretch of
     * nothing else has none to join.)
     */
    private static boolean isBlankOrPunctuation(char c) {
        if (c < 0x80) return c <= ' ' || (c < 0x7F && !isAsciiWord(c) && c != '_');
        // Besides those, the full-width ，：； and single quotation marks, which join digits or letters.
        return breaksWords(c) || c == '\uFF0C' || c == '\uFF1A' || c == '\uFF1B' || c == '\u2018' || c == '\u2019';
    }
}
