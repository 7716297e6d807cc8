package org.gazette.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed query: its terms (analysed like the index) and its exact phrases (in "…" or “…”).
 * The browser's {@code search.js} parses queries the same way.
 */
public record Query(List<String> terms, List<String> phrases) {

    private static final Pattern PHRASE = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]");

    public static Query parse(String text, SearchAnalyzer analyzer) {
        List<String> phrases = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            String p = m.group(1).replaceAll("\\s+", "");
            if (!p.isEmpty()) phrases.add(p);
        }
        Set<String> terms = new LinkedHashSet<>(analyzer.tokens(text.replaceAll("[\"“”]", " ")));
        return new Query(List.copyOf(terms), List.copyOf(phrases));
    }
}
