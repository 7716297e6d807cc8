package org.gazette.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.parser.Parser;

/**
 * The ids and outgoing links of an HTML page, read by scanning its tags: a full parse of every page
 * cost more than rendering it, and the link check needs only attributes. Links are the
 * {@code href} of {@code a} and {@code link} and the {@code src} of {@code script} and {@code img};
 * ids are every element's {@code id}. Comments and the text inside {@code script} and {@code style}
 * are skipped; attribute values are entity-decoded the way jsoup decodes them. A test holds the
 * result equal to jsoup's on every page of the sample site.
 *
 * <p>The page is scanned as UTF-8 bytes, as it was rendered: every character the scan looks for is
 * ASCII, and no byte of a multi-byte UTF-8 sequence is, so only the attribute values kept are ever
 * decoded (decoding whole pages was most of the link check's time).
 *
 * @param ids   the page's ids, in order
 * @param links the link targets as written, in order
 */
record HtmlLinks(List<String> ids, List<String> links) {

    static HtmlLinks of(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8));
    }

    static HtmlLinks of(byte[] html) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int n = html.length;
        int i = 0;
        while ((i = indexOf(html, '<', i)) >= 0 && i + 1 < n) {
            if (startsWith(html, "<!--", i)) {
                int end = indexOf(html, "-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (!isLetter(html[i + 1])) { // an end tag, a doctype, or a '<' that is text
                i++;
                continue;
            }
            int start = i + 1;
            i = start;
            while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/') i++;
            int tagEnd = i;
            boolean script = is(html, start, tagEnd, "script");
            String rawText = script ? "script" : is(html, start, tagEnd, "style") ? "style" : null;
            String linkAttribute = is(html, start, tagEnd, "a") || is(html, start, tagEnd, "link") ? "href"
                    : script || is(html, start, tagEnd, "img") ? "src" : null;
            // attributes, up to the tag's '>'
            while (i < n && html[i] != '>') {
                byte a = html[i];
                if (isSpace(a) || a == '/') {
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < n && !isSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') i++;
                boolean isId = is(html, nameStart, i, "id");
                boolean isLink = linkAttribute != null && is(html, nameStart, i, linkAttribute);
                while (i < n && isSpace(html[i])) i++;
                String value = null;
                if (i < n && html[i] == '=') {
                    i++;
                    while (i < n && isSpace(html[i])) i++;
                    int valueStart;
                    int valueEnd;
                    if (i < n && (html[i] == '"' || html[i] == '\'')) {
                        valueStart = i + 1;
                        valueEnd = indexOf(html, (char) html[i], valueStart);
                        if (valueEnd < 0) valueEnd = n;
                        i = Math.min(n, valueEnd + 1);
                    } else {
                        valueStart = i;
                        while (i < n && !isSpace(html[i]) && html[i] != '>') i++;
                        valueEnd = i;
                    }
                    if (isId || isLink) {
                        value = new String(html, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                        if (value.indexOf('&') >= 0) value = Parser.unescapeEntities(value, true);
                    }
                }
                if (value != null && isId) ids.add(value);
                if (value != null && isLink) links.add(value);
            }
            if (rawText != null) { // no tags inside
                int end = indexOfIgnoreCase(html, "</" + rawText, i);
                i = end < 0 ? n : end;
            }
        }
        return new HtmlLinks(ids, links);
    }

    /** Whether {@code s[from, to)} is the lower-case ASCII {@code name}, in any case. */
    private static boolean is(byte[] s, int from, int to, String name) {
        if (to - from != name.length()) return false;
        for (int k = 0; k < name.length(); k++) if ((s[from + k] | 0x20) != name.charAt(k)) return false;
        return true;
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static int indexOf(byte[] s, char c, int from) {
        for (int i = Math.max(0, from); i < s.length; i++) if (s[i] == c) return i;
        return -1;
    }

    private static int indexOf(byte[] s, String what, int from) {
        for (int i = Math.max(0, from); i + what.length() <= s.length; i++) if (startsWith(s, what, i)) return i;
        return -1;
    }

    private static boolean startsWith(byte[] s, String what, int at) {
        if (at + what.length() > s.length) return false;
        for (int k = 0; k < what.length(); k++) if (s[at + k] != what.charAt(k)) return false;
        return true;
    }

    private static int indexOfIgnoreCase(byte[] s, String what, int from) {
        for (int i = Math.max(0, from); i + what.length() <= s.length; i++) {
            boolean match = true;
            for (int k = 0; k < what.length() && match; k++) {
                match = Character.toLowerCase((char) s[i + k]) == what.charAt(k);
            }
            if (match) return i;
        }
        return -1;
    }
}
