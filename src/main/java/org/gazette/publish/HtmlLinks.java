package org.gazette.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.parser.Parser;

/**
 * The ids and outgoing links of an HTML page, read by scanning its tags: a full parse of every page
 * cost more than rendering it, and the link check needs only attributes. Links are the
 * {@code href} of {@code a} and {@code link} and the {@code src} of {@code script} and {@code img};
 * ids are every element's {@code id}. Comments and the text inside {@code script} and {@code style}
 * are skipped; attribute values are entity-decoded the way jsoup decodes them. A test holds the
 * result equal to jsoup's on every page of the sample site.
 *
 * @param ids   the page's ids, in order
 * @param links the link targets as written, in order
 */
record HtmlLinks(List<String> ids, List<String> links) {

    static HtmlLinks of(String html) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int n = html.length();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (!isLetter(c)) { // an end tag, a doctype, or a '<' that is text
                i++;
                continue;
            }
            int start = i + 1;
            i = start;
            while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') i++;
            String tag = html.substring(start, i).toLowerCase(Locale.ROOT);
            String linkAttribute = switch (tag) {
                case "a", "link" -> "href";
                case "script", "img" -> "src";
                default -> null;
            };
            // attributes, up to the tag's '>'
            while (i < n && html.charAt(i) != '>') {
                char a = html.charAt(i);
                if (isSpace(a) || a == '/') {
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < n && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) i++;
                String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
                while (i < n && isSpace(html.charAt(i))) i++;
                String value = null;
                if (i < n && html.charAt(i) == '=') {
                    i++;
                    while (i < n && isSpace(html.charAt(i))) i++;
                    int valueStart;
                    int valueEnd;
                    if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                        char quote = html.charAt(i);
                        valueStart = i + 1;
                        valueEnd = html.indexOf(quote, valueStart);
                        if (valueEnd < 0) valueEnd = n;
                        i = Math.min(n, valueEnd + 1);
                    } else {
                        valueStart = i;
                        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') i++;
                        valueEnd = i;
                    }
                    value = html.substring(valueStart, valueEnd);
                    if (value.indexOf('&') >= 0) value = Parser.unescapeEntities(value, true);
                }
                if (value != null && name.equals("id")) ids.add(value);
                if (value != null && name.equals(linkAttribute)) links.add(value);
            }
            if (tag.equals("script") || tag.equals("style")) { // raw text: no tags inside
                int end = indexOfIgnoreCase(html, "</" + tag, i);
                i = end < 0 ? n : end;
            }
        }
        return new HtmlLinks(ids, links);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }
}
