package org.gazette.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.Citation;
import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;

/**
 * Finds the documents a text cites: 《title》 with or without a following (文号) or (令号), a bare
 * 文号, a bare 令号. Titles alone count only when they read as a document title (they end with a
 * type word such as 办法, 条例, 通知), so that 《办法》-style short references to the document itself
 * are not taken for citations.
 */
public final class CitationFinder {

    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,150})》");
    /** How far after a 》 a bracketed number may start and still belong to that title. */
    private static final int NUMBER_REACH = 3;
    private static final Pattern LAW_WORD = Pattern.compile(".*(?:法|法典|条例|规定|办法|细则|通知|意见|决定|方案|规划|纲要|政策|清单|"
            + "目录|标准|规范|规则|批复|公告|通告|指南|计划|措施|章程|决议|函|令|准则|规程|要点|意见稿)$");
    private static final int MIN_TITLE = 6;
    /** A trailing edition note: （试行）, （2022年修订）, (2021年版), （2022-2025年）. */
    private static final Pattern EDITION = Pattern.compile("[（(][^（）()]{1,14}[）)]$");
    /** A draft is not a published document: （征求意见稿）, (代拟稿), （送审稿）. */
    private static final Pattern DRAFT = Pattern.compile(".*稿[）)]?$");
    /** Words ending in 法 that are not laws. */
    private static final Pattern NOT_A_LAW = Pattern.compile(".*(?:办法|方法|做法|想法|说法|看法|用法|手法|写法|算法)$");

    private CitationFinder() {
    }

    /**
     * Every citation in the passages, first mention of each kept.
     *
     * @param ownNumber the citing document's own normalised 文号 or 令号 (not a citation of itself), or null
     * @param ownTitles the citing document's own title and the titles it publishes, in {@link Text#comparable} form
     */
    static List<Citation> find(List<Passage> passages, String ownNumber, Set<String> ownTitles) {
        List<Citation> found = new ArrayList<>();
        for (Passage passage : passages) {
            for (Mention m : mentions(passage.text(), passage.line())) {
                Citation c = m.citation();
                if (c.title() != null && ownTitles.contains(Text.comparable(c.title()))) continue;
                put(found, c, ownNumber);
            }
        }
        return List.copyOf(found);
    }

    /** A mention of a document in a text: where it is, and what it cites. */
    public record Mention(int start, int end, Citation citation) {
    }

    /**
     * Every mention of another document in a text, in order: a 《title》 with the (文号) or (令号)
     * right after it (one mention spanning both), a bare 文号 or 令号, or a 《title》 that reads as a
     * document's title.
     */
    public static List<Mention> mentions(String text, int line) {
        // Every 文号 and 令号 ends in 号, every title opens with 《: most paragraphs hold neither.
        if (text.indexOf('号') < 0 && text.indexOf('《') < 0) return List.of();
        List<Mention> out = new ArrayList<>();
        Set<Integer> attached = new HashSet<>();
        List<Identifiers.Found<DocumentNumber>> numbers = Identifiers.documentNumbers(text);
        List<Identifiers.Found<OrderNumber>> orders = Identifiers.orderNumbers(text);
        // Most paragraphs quote no title: the pattern would be tried at every character.
        Matcher m = TITLE.matcher(text.indexOf('《') < 0 ? "" : text);
        while (m.find()) {
            String title = Text.squeeze(m.group(1)).replace('<', '〈').replace('>', '〉');
            Identifiers.Found<DocumentNumber> number = numbers.stream()
                    .filter(f -> near(m.end(), f.start(), text)).findFirst().orElse(null);
            Identifiers.Found<OrderNumber> order = orders.stream()
                    .filter(f -> near(m.end(), f.start(), text)).findFirst().orElse(null);
            int end = m.end();
            DocumentNumber cited = null;
            if (number != null) {
                cited = number.value();
                attached.add(number.start());
                end = closingBracket(text, number.end());
            } else if (order == null) { // 《国家税务总局关于…的公告》（2019年第44号）
                Identifiers.Found<DocumentNumber> titled = Identifiers.titledAnnouncement(title, text, m.end()).orElse(null);
                if (titled != null) {
                    cited = titled.value();
                    end = titled.end();
                }
            }
            if (cited == null && order == null && !isDocumentTitle(title)) continue;
            if (order != null) {
                attached.add(order.start());
                end = Math.max(end, closingBracket(text, order.end()));
            }
            out.add(new Mention(m.start(), end, new Citation(title, cited, order == null ? null : order.value(), line)));
        }
        for (Identifiers.Found<DocumentNumber> f : numbers) {
            if (!attached.contains(f.start())) out.add(new Mention(f.start(), f.end(), new Citation(null, f.value(), null, line)));
        }
        for (Identifiers.Found<OrderNumber> f : orders) {
            if (!attached.contains(f.start())) out.add(new Mention(f.start(), f.end(), new Citation(null, null, f.value(), line)));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The end of a bracketed number, past its closing bracket when there is one. */
    private static int closingBracket(String text, int end) {
        return end < text.length() && "）)".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
    }

    /**
     * A quoted title counts as a citation when it reads as a document's title: a law (《公司法》,
     * 《中华人民共和国网络安全法》), or a longer title ending in a type word. 《办法》 and 《实施细则》,
     * the short names a document gives itself, do not.
     */
    static boolean isDocumentTitle(String title) {
        if (DRAFT.matcher(title).matches()) return false;
        String t = EDITION.matcher(title).replaceFirst("");
        if (t.endsWith("法") && !NOT_A_LAW.matcher(t).matches()) return true;
        return t.length() >= MIN_TITLE && LAW_WORD.matcher(t).matches();
    }

    /**
     * Keeps the first mention of each cited document. Mentions of one document by title and by
     * number are one citation: a title quoted once with its number and once without, or one number
     * quoted under two wordings of its title. A numbered mention completes an earlier bare title.
     */
    private static void put(List<Citation> found, Citation c, String ownNumber) {
        if (ownNumber != null && ownNumber.equals(c.key())) return;
        String numbered = c.number() != null || c.order() != null ? c.key() : null;
        String title = c.title() == null ? null : Text.comparable(c.title());
        for (int k = 0; k < found.size(); k++) {
            Citation e = found.get(k);
            boolean eNumbered = e.number() != null || e.order() != null;
            if (numbered != null && eNumbered && e.key().equals(numbered)) return;
            if (title != null && e.title() != null && Text.comparable(e.title()).equals(title)) {
                if (!eNumbered && numbered != null) found.set(k, new Citation(e.title(), c.number(), c.order(), e.line()));
                return;
            }
        }
        found.add(c);
    }

    /** True when a number starting at {@code start} follows the title closing at {@code titleEnd} in brackets. */
    private static boolean near(int titleEnd, int start, String text) {
        if (start < titleEnd) return false;
        if (start - titleEnd > NUMBER_REACH) return false;
        for (int i = titleEnd; i < start; i++) { // spaces and opening brackets only (a pattern compiled per call did this)
            char c = text.charAt(i);
            if (c != '（' && c != '(' && !Text.isRegexSpace(c)) return false;
        }
        return true;
    }
}
