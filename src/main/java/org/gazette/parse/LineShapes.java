package org.gazette.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.Block.Kind;

/**
 * Recognises the shapes of single lines that several phases care about: headings of the table of
 * contents, structural headings of the body (章, 条, outline levels, 附件), organ names, tables.
 */
public final class LineShapes {

    private static final String NUMERALS = "一二三四五六七八九十百零〇两";
    private static final String CN = "[" + NUMERALS + "]+";
    private static final Pattern TOC_HEADING = Pattern.compile("^\\s*(?:本\\s*期\\s*)?目\\s*录\\s*$");
    private static final Pattern REMARK = Pattern.compile("^[（(][^（）()]*[）)]$");
    private static final Pattern TRAILING_REMARK = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern BRACKET_SECTION = Pattern.compile("^\\s*[-]?\\s*【\\s*([^】]{1,30})\\s*】\\s*$");
    /**
     * A section of a 目录 named by a bare line: 市政府办文件, 部门规章; 国务院令 (an organ's 令 is a short
     * name); the kinds of law the State Council's gazette lists by, named whole (a wrapped title's
     * last line can end in 解释 or 法规 too).
     */
    private static final Pattern BARE_SECTION = Pattern.compile(
            "^(?:[" + Text.HAN + "]{2,10}(?:文件|规章|任免|公告|通告|命令|其他|解读|动态|会议|讲话)|[" + Text.HAN + "]{2,4}令"
                    + "|法律|法规|规章|行政法规|地方性法规|司法解释|法律解释)$");
    private static final Pattern ORGAN = Pattern.compile(
            "^[" + Text.HAN + "（）()]{2,40}(?:人民政府|政府|办公厅|办公室|委员会|厅|局|委|办|部|署|院|中心|会|室|处|所|站|队|行|司|公司|集团|总局|学校|医院|中央)$");
    private static final Pattern CHAPTER = Pattern.compile("^第\\s*(" + CN + ")\\s*章\\s*");
    private static final Pattern SECTION = Pattern.compile("^第\\s*(" + CN + ")\\s*节\\s*");
    private static final Pattern ARTICLE = Pattern.compile("^第\\s*(" + CN + ")\\s*条(?:\\s+|(?=[^\\s款项]))");
    private static final Pattern OUTLINE_1 = Pattern.compile("^(" + CN + ")\\s*[、，,]\\s*");
    private static final Pattern OUTLINE_2 = Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*");
    private static final Pattern OUTLINE_3 = Pattern.compile("^([0-9]{1,2})\\s*[.．、](?![0-9])\\s*");
    private static final Pattern OUTLINE_4 = Pattern.compile("^[（(]\\s*([0-9]{1,2})\\s*[）)]\\s*");
    private static final Pattern ATTACHMENT_HEADING = Pattern.compile("^附\\s*件\\s*([0-9]{0,2})\\s*[：:]?\\s*$");
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*[：:]\\s*(.+)$");
    private static final Pattern LIST_DASH = Pattern.compile("^-\\s+");

    private LineShapes() {
    }

    public static boolean isTocHeading(String line) {
        return TOC_HEADING.matcher(line).matches();
    }

    /** The name of a bracketed TOC section heading ({@code 【省政府规章】}), else empty. */
    public static Optional<String> bracketSection(String line) {
        Matcher m = BRACKET_SECTION.matcher(line);
        return m.matches() ? Optional.of(Text.squeeze(m.group(1))) : Optional.empty();
    }

    /**
     * A line that is one remark in brackets, such as {@code （此件公开发布）} or a law's adoption note: never
     * a piece of a title, and a paragraph of its own.
     */
    public static boolean isRemark(String line) {
        return REMARK.matcher(line.strip()).matches();
    }

    /** A title without the remark in brackets that ends it: 管理办法（试行） is 管理办法, 事项目录（91项） 事项目录. */
    public static String withoutTrailingRemark(String title) {
        return TRAILING_REMARK.matcher(title).replaceFirst("");
    }

    /** A bare section heading as some gazettes print them: {@code 市政府办文件}. */
    public static boolean isBareSection(String line) {
        return BARE_SECTION.matcher(Text.squeeze(line)).matches();
    }

    /** A line that names an organ and nothing else, as in a signature block. */
    public static boolean isOrgan(String line) {
        String s = Text.squeeze(line);
        return s.length() <= 40 && ORGAN.matcher(s).matches();
    }

    /** Removes a leading Markdown-like list dash ({@code - (一) …}) that some extractions add. */
    public static String withoutListDash(String line) {
        String s = line.strip();
        return s.startsWith("-") ? LIST_DASH.matcher(s).replaceFirst("") : s;
    }

    /** A structural heading at the start of a line, or empty. */
    public static Optional<StructuralStart> structural(String line) {
        String s = withoutListDash(line);
        if (s.isEmpty()) return Optional.empty();
        // The first character tells which patterns can match (each is anchored on it): this runs
        // several times on every line, and most lines start with none of them.
        char first = s.charAt(0);
        Matcher m;
        if (first == '附') {
            if ((m = ATTACHMENT_HEADING.matcher(s)).matches()) {
                return Optional.of(new StructuralStart(Kind.ATTACHMENT, "附件" + m.group(1), ""));
            }
        } else if (first == '第') {
            if ((m = startOf(CHAPTER, s)) != null) {
                return Optional.of(new StructuralStart(Kind.CHAPTER, "第" + m.group(1) + "章", s.substring(m.end())));
            }
            if ((m = startOf(SECTION, s)) != null) {
                return Optional.of(new StructuralStart(Kind.SECTION, "第" + m.group(1) + "节", s.substring(m.end())));
            }
            if ((m = startOf(ARTICLE, s)) != null) {
                return Optional.of(new StructuralStart(Kind.ARTICLE, "第" + m.group(1) + "条", s.substring(m.end())));
            }
        } else if (first == '（' || first == '(') {
            if ((m = startOf(OUTLINE_2, s)) != null) {
                return Optional.of(new StructuralStart(Kind.OUTLINE_2, "（" + m.group(1) + "）", s.substring(m.end())));
            }
            if ((m = startOf(OUTLINE_4, s)) != null) {
                return Optional.of(new StructuralStart(Kind.OUTLINE_4, "（" + m.group(1) + "）", s.substring(m.end())));
            }
        } else if (first >= '0' && first <= '9') {
            if ((m = startOf(OUTLINE_3, s)) != null) {
                return Optional.of(new StructuralStart(Kind.OUTLINE_3, m.group(1) + ".", s.substring(m.end())));
            }
        } else if (NUMERALS.indexOf(first) >= 0) {
            if ((m = startOf(OUTLINE_1, s)) != null && ChineseNumerals.parse(m.group(1)) > 0) {
                return Optional.of(new StructuralStart(Kind.OUTLINE_1, m.group(1) + "、", s.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    /**
     * The match of a structural start at the beginning of the line, its rest being the line after
     * {@code end()}; null when there is none. The patterns match the start alone: a trailing
     * {@code (.*)$} walked the line again, on every line a shape was asked of, several times each.
     * What {@code (.*)$} also required, a rest without a line break, is checked here.
     */
    private static Matcher startOf(Pattern start, String s) {
        Matcher m = start.matcher(s);
        if (!m.lookingAt()) return null;
        for (int i = m.end(); i < s.length(); i++) {
            char c = s.charAt(i);
            // Compared, not looked up in a string of them: this runs for every character of a heading's line.
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return null;
        }
        return m;
    }

    /** The text after {@code 附件：} when the line opens an attachment list, else empty. */
    public static Optional<String> attachmentList(String line) {
        if (line.indexOf('附') < 0) return Optional.empty(); // asked of every line of a body
        Matcher m = ATTACHMENT_LIST.matcher(withoutListDash(line));
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    public static boolean isTableRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    /** A structural heading found at the start of a line: its kind, its tidied label and the text after it. */
    public record StructuralStart(Kind kind, String label, String rest) {
    }
}
