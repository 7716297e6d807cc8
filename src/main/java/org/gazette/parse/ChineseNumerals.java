package org.gazette.parse;

/** Reads numbers written in Chinese numerals as used in legal text: 二十三, 一百零五, 两, 〇. */
public final class ChineseNumerals {

    private static final String DIGITS = "〇零一二三四五六七八九";
    /** The characters of a numeral this class reads, for a character class in a pattern. */
    public static final String CHARACTERS = "〇零一二三四五六七八九十百千两";

    private ChineseNumerals() {
    }

    /** The value of a Chinese or ASCII numeral up to 9999, or -1 when it is not one. */
    public static int parse(String s) {
        String t = s.strip();
        if (t.isEmpty()) return -1;
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 6 ? -1 : Integer.parseInt(t);
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                current = digit;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) return -1;
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        }
        return total + Math.max(current, 0);
    }

    private static int digit(char c) {
        if (c == '两') return 2;
        if (c == 'Ｏ' || c == 'Ο' || c == 'O' || c == '○') return 0;
        int i = DIGITS.indexOf(c);
        if (i < 0) return -1;
        return i == 0 ? 0 : i - 1;
    }
}
