package org.gazette.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's header printed over several lines, read as one line that {@link Identifiers} reads:
 * the organ and the kind of document above the number ({@code 国家税务总局公告} / {@code 2024年第1号}), the
 * kind spaced out under the organ ({@code 湖南省人民代表大会常务委员会} / {@code 公　　告} / {@code （第12号）}),
 * a 文号 broken after its year ({@code 长政发〔2024〕} / {@code 3号}), a red head above the 文号
 * ({@code 湖南省人民政府办公厅文件}). Most tests here are asked of every line of a source: the cheap ones first.
 */
public final class HeaderLines {

    private static final Pattern SPLIT_HEADER_TOP = Pattern.compile("^\\s*[" + Text.HAN + "]{2,30}(?:令|公告|通告)\\s*$");
    private static final Pattern SPLIT_HEADER_NUMBER = Pattern.compile(
            "^\\s*[（(〔［\\[]?\\s*(?:[0-9]{4}\\s*年\\s*)?第\\s*" + Identifiers.ORDINAL + "\\s*号\\s*[）)〕］\\]]?\\s*$");
    /** The serial of a 文号 broken after its year, alone on its line: {@code 3号}. */
    private static final Pattern SERIAL_ALONE = Pattern.compile("^\\s*(?:第\\s*)?[0-9]{1,5}\\s*号\\s*$");
    private static final int SERIAL_ALONE_MAX = 16;
    /** A kind of document alone on its line, under its organ: {@code 公　　告}, {@code 令}. */
    private static final Pattern KIND_ALONE = Pattern.compile("^\\s*(?:公\\s*告|通\\s*告|令)\\s*$");
    private static final int KIND_ALONE_MAX = 12;

    private HeaderLines() {
    }

    /**
     * A header printed over two lines — the organ and the kind of document above, the number below
     * ({@code 国家税务总局公告} / {@code 2024年第1号}, {@code 中华人民共和国商务部令} / {@code 第1号}), or a 文号
     * broken after its year ({@code 长政发〔2024〕} / {@code 3号}) — as one line, which {@link Identifiers#orderHeaderLine}
     * or {@link Identifiers#documentNumberLine} reads; else null.
     */
    public static String splitHeader(String first, String second) {
        char last = Text.lastVisible(first);
        if (last == '〕' || last == '］' || last == ']' || last == '）' || last == ')' || last == '】' || last == '﹞') {
            // A 文号 broken after its year (长政发〔2024〕 / 3号): the two halves, if they make one.
            if (second.length() > SERIAL_ALONE_MAX || second.indexOf('号') < 0 || !SERIAL_ALONE.matcher(second).matches()) return null;
            String joined = first.strip() + second.strip();
            return Identifiers.documentNumberLine(joined).isPresent() ? joined : null;
        }
        if (last != '令' && last != '告' || second.indexOf('号') < 0 // asked of every line: the cheap tests first
                || !SPLIT_HEADER_TOP.matcher(first).matches() || !SPLIT_HEADER_NUMBER.matcher(Text.squeeze(second)).matches()) {
            return null;
        }
        return first.strip() + " " + second.strip();
    }

    /**
     * A header's lines (one, two or three, blank lines left out) as one line, which {@link Identifiers#orderHeaderLine}
     * or {@link Identifiers#documentNumberLine} reads; null when they are not a header printed over them.
     */
    public static String header(List<String> pieces) {
        if (pieces.size() > 1 && isRedHead(pieces.get(0))) return header(pieces.subList(1, pieces.size()));
        return switch (pieces.size()) {
            case 1 -> pieces.get(0);
            case 2 -> splitHeader(pieces.get(0), pieces.get(1));
            case 3 -> splitHeader(pieces.get(0), pieces.get(1), pieces.get(2));
            default -> null;
        };
    }

    /**
     * A document's red head (版头), the organ's name and 文件 above its 文号: {@code 湖南省人民政府办公厅文件}.
     */
    public static boolean isRedHead(String line) {
        if (Text.lastVisible(line) != '件') return false; // asked of every line: the cheap test first
        String s = Text.squeeze(line);
        return s.endsWith("文件") && s.length() > 2 && LineShapes.isOrgan(s.substring(0, s.length() - 2));
    }

    /**
     * A header printed over three lines — the organ, the kind of document spaced out under it, the
     * number ({@code 湖南省人民代表大会常务委员会} / {@code 公　　告} / {@code （第12号）}) — as one line; else null.
     */
    public static String splitHeader(String organ, String kind, String number) {
        if (!mayBeKindAlone(kind) || !KIND_ALONE.matcher(kind).matches() || !LineShapes.isOrgan(organ)) return null;
        return splitHeader(Text.squeeze(organ) + Text.squeeze(kind), number);
    }

    /**
     * Whether a line, alone or with the next ({@code 湖南省人民政府令} / {@code 第322号}), is an order's or an
     * announcement's header.
     */
    static boolean opensOrderOrAnnouncement(String line, String next) {
        String header = next == null ? null : splitHeader(line, next);
        if (header == null) header = line;
        return Identifiers.orderHeaderLine(header).isPresent() || Identifiers.yearlessAnnouncement(header).isPresent();
    }

    /** Whether a line may be a kind of document alone ({@code 公　　告}): the cheap test, asked of every line. */
    public static boolean mayBeKindAlone(String line) {
        return line.length() <= KIND_ALONE_MAX && (line.indexOf('告') >= 0 || line.indexOf('令') >= 0);
    }
}
