package org.gazette.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Chinese dates ({@code 2024年7月12日}, {@code 2022 年 12 月 6日}, {@code 二〇二四年七月十二日}). */
public final class Dates {

    static final String DATE = "([0-9]{4}|[〇零一二三四五六七八九ΟOＯ○]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
    /** {@link #DATE} without its groups, for a pattern whose groups are another date's. */
    static final String UNCAPTURED_DATE = DATE.replace("(", "(?:");
    private static final Pattern ANY = Pattern.compile(DATE);
    /** The dateline under a report's or speech's title: {@code ——2024年1月22日在湖南省第十四届人民代表大会第二次会议上}. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*[—－-]{1,2}\\s*" + DATE + "\\s*在[^，。；]{2,80}上(?:的(?:讲话|报告|发言))?\\s*$");
    private static final Pattern WHOLE_LINE = Pattern.compile("^\\s*[（(]?\\s*" + DATE + "\\s*[）)]?\\s*$");

    private Dates() {
    }

    /** The date when the whole line is one date (as in a signature block), else empty. */
    public static Optional<LocalDate> wholeLine(String line) {
        if (line.indexOf('日') < 0) return Optional.empty();
        Matcher m = WHOLE_LINE.matcher(line);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The day of a report's or speech's dateline ({@code ——2024年1月22日在…会议上}), if the line is one. */
    public static Optional<LocalDate> dateline(String line) {
        if (line.indexOf('在') < 0) return Optional.empty();
        Matcher m = DATELINE.matcher(line);
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** The first date in the text, else empty. */
    public static Optional<LocalDate> first(String text) {
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The last date in the text, else empty. */
    public static Optional<LocalDate> last(String text) {
        Matcher m = ANY.matcher(text);
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) last = d;
        }
        return last;
    }

    static Optional<LocalDate> of(String year, String month, String day) {
        int y = year.chars().allMatch(Character::isDigit) ? Integer.parseInt(year) : digitsYear(year);
        int m = ChineseNumerals.parse(month);
        int d = ChineseNumerals.parse(day);
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digitsYear(String year) {
        int y = 0;
        for (char c : year.toCharArray()) {
            y = y * 10 + Math.max(ChineseNumerals.parse(String.valueOf(c)), 0);
        }
        return y;
    }
}
