package org.gazette.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.IssueMasthead;
import org.gazette.source.SourceLine;

/**
 * Reads the masthead of an issue from its front matter: gazette name, publisher, year, issue
 * number (a double issue reads {@code 7-8}), cumulative number and date. The pieces may share one
 * line ({@code 湖南省人民政府办公厅 2024年7月31日 第14期 总第710期}) or be spread over several
 * ({@code 2022 年第 7-8 期} / {@code (总第 156-157 期)}), and the State Council's gazette numbers its issues
 * 号, not 期 ({@code 2024年第16号} / {@code （总号：1829）}). Numbers in Chinese numerals (二〇二四年第十四期) are read
 * as digits.
 */
final class MastheadParser {

    private static final String RANGE = "([0-9]{1,4}(?:[-—–~～][0-9]{1,4})?)";
    private static final Pattern NAME = Pattern.compile("^[" + Text.HAN + "]{2,30}(?:公报|公報)$");
    /**
     * The year and issue: {@code 2024年第14期}, or as the State Council's gazette numbers its issues,
     * {@code 2024年第16号} — only at the start of a line, where a 令号 or 公告号 of the contents
     * ({@code 商务部令（2024年第1号）}) cannot be.
     */
    private static final Pattern YEAR_ISSUE = Pattern.compile("([0-9]{4})年第" + RANGE + "期|^([0-9]{4})年第" + RANGE + "号");
    private static final Pattern ISSUE = Pattern.compile("(?<!总)第" + RANGE + "期");
    /** The cumulative number: {@code 总第710期}, {@code 总第1829号}, {@code 总号：1829}. */
    private static final Pattern CUMULATIVE = Pattern.compile("总第" + RANGE + "[期号]|总号[:：]?" + RANGE);
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零一二三四五六七八九○Ｏ]{4})年");
    private static final Pattern CHINESE_ORDINAL = Pattern.compile("第([一二三四五六七八九十百〇零两]{1,6})([期号])");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");
    /** Who publishes the issue, before its date: {@code 湖南省人民政府办公厅}, also {@code 长沙市人民政府办公厅主办}. */
    private static final Pattern PUBLISHER = Pattern.compile("^([" + Text.HAN + "]{4,30}?)(?:主办|编印)?(?=[0-9])");
    /** How far into the front matter a masthead is looked for. */
    private static final int SEARCH_LINES = 120;

    Optional<IssueMasthead> parse(List<SourceLine> frontMatter) {
        String name = null;
        String publisher = null;
        Integer year = null;
        String number = null;
        String cumulative = null;
        String unit = "期";
        LocalDate published = null;
        int issueLine = 0;
        int limit = Math.min(frontMatter.size(), SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            SourceLine line = frontMatter.get(i);
            String s = arabic(Text.squeeze(line.text()).replace('（', '(').replace('）', ')'));
            if (s.isEmpty() || LineShapes.isTocHeading(line.text())) {
                if (LineShapes.isTocHeading(line.text()) && number != null) break;
                continue;
            }
            if (name == null && NAME.matcher(s).matches()) {
                name = s;
                continue;
            }
            Matcher m;
            if (number == null && (m = YEAR_ISSUE.matcher(s)).find()) {
                int g = m.group(1) != null ? 1 : 3;
                if (g == 3) unit = "号";
                year = Integer.parseInt(m.group(g));
                number = range(m.group(g + 1));
                issueLine = line.number();
            } else if (number == null && (m = ISSUE.matcher(s)).find()) {
                number = range(m.group(1));
                issueLine = line.number();
            }
            if (cumulative == null && (m = CUMULATIVE.matcher(s)).find()) {
                cumulative = range(m.group(1) != null ? m.group(1) : m.group(2));
            }
            if (published == null && number != null && (m = DATE.matcher(s)).find()) {
                published = Dates.of(m.group(1), m.group(2), m.group(3)).orElse(null);
                Matcher p = PUBLISHER.matcher(s);
                if (p.find() && p.end() <= m.start() && LineShapes.isOrgan(p.group(1))) publisher = p.group(1);
            }
        }
        if (number == null) return Optional.empty();
        if (year == null && published != null) year = published.getYear();
        if (year == null) return Optional.empty();
        return Optional.of(new IssueMasthead(name, publisher, year, number, cumulative, published, issueLine, unit));
    }

    /** A year and issue numbers in Chinese numerals (二〇二四年第十四期, 总第七百一十期) in digits. */
    private static String arabic(String s) {
        String years = CHINESE_YEAR.matcher(s).replaceAll(m -> {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) digits.append(ChineseNumerals.parse(String.valueOf(c)));
            return digits + "年";
        });
        return CHINESE_ORDINAL.matcher(years).replaceAll(m -> "第" + ChineseNumerals.parse(m.group(1)) + m.group(2));
    }

    private static String range(String s) {
        return s.replaceAll("[—–~～]", "-");
    }
}
