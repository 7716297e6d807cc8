package org.gazette.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;
import org.gazette.model.RegistrationCode;

/**
 * Finds and normalises the identifiers of documents in gazette text: 文号 (an announcement's
 * 公告号 among them), 规范性文件登记号 and 令号, in the bracket, dash and spacing variants that PDF text shows.
 */
public final class Identifiers {

    /**
     * The brackets a 文号's year may open with (searched for in running text: {@link #nextOpeningBracket}),
     * the small form variant ﹝﹞ of some word processors among them.
     */
    private static final String OPENING = "〔［[（(【〖{﹝";
    /** The year in any bracket, then the serial and 号. */
    private static final String YEAR_SERIAL = "[" + OPENING.replace("[", "\\[") + "]\\s*([0-9]{4})\\s*[〕］\\]）)】〗}﹞]\\s*(?:第\\s*)?([0-9]{1,5})\\s*号";
    /** 机关代字 + year in any bracket + serial + 号; spaces may fall anywhere. */
    private static final String NUMBER = "([" + Text.HAN + "][" + Text.HAN + " ]{0,9}?)\\s*" + YEAR_SERIAL;
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*" + NUMBER + "\\s*$");
    /**
     * A 文号 line with what some print beside the number: the registration code
     * ({@code 湘政发〔2024〕9号　HNPR—2024—00005}) or, on a report to a higher organ, its signer
     * ({@code 湘政报〔2024〕3号　签发人：毛伟明}).
     */
    private static final Pattern NUMBER_LINE_WITH = Pattern.compile("^\\s*" + NUMBER + "\\s+(?:[A-Z]{2,8}[0-9]{0,2}\\s*[-—–－‐―─]"
            + "|签发人\\s*[：:]).*$");
    /** The gap between two 文号 printed side by side. */
    private static final Pattern AFTER_SERIAL = Pattern.compile("(?<=号)\\s+");
    /** A 文号 in brackets on a line of its own, as some gazettes print it under a title: {@code （粤府〔2024〕35号）}. */
    private static final Pattern BRACKETED_NUMBER_LINE = Pattern.compile("^\\s*[（(]\\s*" + NUMBER + "\\s*[）)]\\s*$");
    /**
     * The part of a 文号 after its agency code. Running text is searched for this first and the
     * agency read backwards from it: searching for the whole pattern would try an agency at every
     * ideograph of the text.
     */
    private static final Pattern YEAR_AND_SERIAL = Pattern.compile(YEAR_SERIAL);
    private static final int MAX_AGENCY = 10;
    private static final int MAX_ISSUER = 20;

    private static final String DASH = "\\s*[-—–－‐―─]+\\s*";
    private static final Pattern REGISTRATION =
            Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2,8}[0-9]{0,2})" + DASH + "([0-9]{4})" + DASH + "([0-9]{3,6})(?![0-9])");
    private static final Pattern REGISTRATION_LINE = Pattern.compile("^\\s*" + REGISTRATION.pattern() + "\\s*$");

    /**
     * An order's ordinal: in digits, or in Chinese numerals as the state's orders print it
     * ({@code 中华人民共和国主席令 第二十一号}).
     */
    static final String ORDINAL = "([0-9]{1,5}|[" + ChineseNumerals.CHARACTERS + "]{1,8})";
    /** A yearly series' year and ordinal, {@code 2024年第1号} (orders of ministries, announcements). */
    private static final String YEAR_ORDINAL = "([0-9]{4})\\s*年\\s*第\\s*([0-9]{1,5})\\s*号";
    /**
     * An order's own header line: {@code 湖南省人民政府令 第321号} (also {@code 〔第321号〕}), or of a yearly
     * series, {@code 中华人民共和国商务部令 2024年第1号}.
     */
    private static final Pattern ORDER_HEADER = Pattern.compile("^\\s*([" + Text.HAN + "]{2,30}?)\\s*令\\s*[（(〔［\\[]?\\s*"
            + "(?:([0-9]{4})\\s*年\\s*)?第\\s*" + ORDINAL + "\\s*号\\s*[）)〕］\\]]?\\s*$");
    /**
     * The part of a 令号 after its issuer; the issuer is read backwards from it. An ordinal in Chinese
     * numerals needs its 第: 令一号 is no number.
     */
    private static final Pattern ORDER_TAIL = Pattern.compile("令\\s*(?:(?:([0-9]{4})\\s*年\\s*第|第)?\\s*([0-9]{1,5})|第\\s*(["
            + ChineseNumerals.CHARACTERS + "]{1,8}))\\s*号");
    /**
     * An announcement's number after its organ: {@code 公告2024年第1号} (通告 likewise; the year and
     * ordinal may be in brackets). The organ is read backwards from it.
     */
    private static final Pattern ANNOUNCEMENT_TAIL = Pattern.compile("(公告|通告)\\s*[（(]?\\s*" + YEAR_ORDINAL + "\\s*[）)]?");
    /**
     * A regulation's promulgation note, printed under its title: {@code （2019年8月21日国家市场监督管理总局令第16号公布
     * 根据…修正）}, {@code （2024年1月5日国务院第25次常务会议通过 2024年2月1日中华人民共和国国务院令第777号公布 自…起施行）}.
     */
    private static final Pattern PROMULGATION_NOTE = Pattern.compile("^\\s*[（(]\\s*[0-9]{4}\\s*年.*?令\\s*(?:[0-9]{4}\\s*年\\s*)?第?\\s*"
            + ORDINAL + "\\s*号\\s*(?:公布|发布).*[）)]\\s*$");
    /** A note of the meeting that adopted a document: its first date is the meeting's (read by {@link #adoptionNote}). */
    private static final Pattern ADOPTION_NOTE = Pattern.compile("^\\s*[（(]\\s*" + Dates.DATE + "[^（）()]*?会议通过[^（）()]*[）)]\\s*$");
    /** A day the note says the text was adopted, revised or amended on (not the day it takes effect). */
    private static final Pattern ADOPTED_ON = Pattern.compile(Dates.DATE + "[^年（）()]*?(?:通过|修订|修正)");
    /** The year and ordinal in brackets after an announcement's quoted title: {@code （2019年第44号）}. */
    private static final Pattern TITLE_ORDINAL = Pattern.compile("\\s*[（(]\\s*" + YEAR_ORDINAL + "\\s*[）)]");
    /** An announcement's title: its organ, 关于…的, and 公告 or 通告. */
    private static final Pattern ANNOUNCEMENT_TITLE = Pattern.compile("^([" + Text.HAN + "]{2,30}?)关于.+的(公告|通告)$");
    /** An announcement's heading line: its organ, 公告 or 通告, and its number, with or without the year. */
    private static final Pattern ANNOUNCEMENT_LINE = Pattern.compile("^\\s*([" + Text.HAN + "][" + Text.HAN + " ]{1,29}?)\\s*"
            + "(公告|通告)\\s*[（(]?\\s*(?:([0-9]{4})\\s*年\\s*)?第\\s*([0-9]{1,5})\\s*号\\s*[）)]?\\s*$");

    /**
     * Words that run into an agency code in running text but are not part of it: an article
     * reference or a two-character connective anywhere before it ({@code 第十五条和国发},
     * {@code 精神以及国发}), or a connective at its start ({@code 根据国发}, {@code 和国发}). Single
     * characters are only cut at the start: 经 of 农经发 and 和 of 中华人民共和国 belong to the name.
     */
    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?:.*(?:第[一二三四五六七八九十百零〇0-9]+[条款项]|以及|根据|按照|依照|依据|参照|对照|详见|并且|同时))?"
            + "(?:根据|按照|依照|依据|参照|参考|对照|执行|落实|贯彻|印发|转发|通过|详见|以及|及其|并且|同时|见|和|及|与|或|并|的|等|号|文|即|经|由|按|依|据|、)*");

    private Identifiers() {
    }

    /**
     * A 文号 that fills the whole line (as under a document's title), else empty; an announcement's
     * number too ({@code 国家税务总局公告2024年第1号}, {@link DocumentNumber.Form#YEAR_ORDINAL}).
     */
    public static Optional<DocumentNumber> documentNumberLine(String line) {
        if (line.indexOf('号') < 0) return Optional.empty();
        Matcher m = NUMBER_LINE.matcher(line);
        if (m.matches()) return toNumber(m, line.strip());
        if ((m = NUMBER_LINE_WITH.matcher(line)).matches()) {
            if (line.indexOf('签') < 0 && registrationCodes(line).isEmpty()) return Optional.empty(); // a code's start, not a code
            return toNumber(m, line.substring(0, line.indexOf('号', m.end(3)) + 1).strip());
        }
        if (line.indexOf('号') != line.lastIndexOf('号') && line.contains("号 ")) { // a gap after a 号: the cheap test first
            Optional<DocumentNumber> joint = jointNumbers(line);
            if (joint.isPresent()) return joint;
        }
        return announcementLine(line).filter(n -> n.year() > 0);
    }

    /**
     * The lead organ's number on the line of a document issued jointly, where each organ's 文号 is
     * printed ({@code 湘财社〔2024〕5号　湘人社发〔2024〕3号}): the first, its source the whole line, so that
     * the page shows every number printed; else empty.
     */
    private static Optional<DocumentNumber> jointNumbers(String line) {
        String[] numbers = AFTER_SERIAL.split(line.strip());
        if (numbers.length < 2) return Optional.empty();
        Matcher first = null;
        for (String n : numbers) {
            Matcher m = NUMBER_LINE.matcher(n);
            if (!m.matches()) return Optional.empty();
            if (first == null) first = m;
        }
        return toNumber(first, String.join(" ", numbers));
    }

    /** An announcement's heading line ({@code 国家税务总局公告 2024年第1号}), its year 0 when it gives none; else empty. */
    private static Optional<DocumentNumber> announcementLine(String line) {
        if (!isAnnouncement(line)) return Optional.empty();
        Matcher a = ANNOUNCEMENT_LINE.matcher(line);
        if (!a.matches()) return Optional.empty();
        String organ = LEADING_WORDS.matcher(Text.squeeze(a.group(1))).replaceFirst("");
        return plausibleOrgan(organ) ? Optional.of(announcement(line.strip(), organ, a.group(2), a.group(3), a.group(4)))
                : Optional.empty();
    }

    /**
     * A 文号 in brackets that fills the whole line ({@code （粤府〔2024〕35号）}), else empty. Apart from
     * {@link #documentNumberLine}: such a line is also a 目录's reference, so a document is anchored
     * on it only where its addressees follow.
     */
    public static Optional<DocumentNumber> bracketedNumberLine(String line) {
        if (line.indexOf('号') < 0) return Optional.empty();
        Matcher m = BRACKETED_NUMBER_LINE.matcher(line);
        if (!m.matches()) return Optional.empty();
        String inside = line.strip();
        return toNumber(m, inside.substring(1, inside.length() - 1).strip());
    }

    /**
     * An announcement numbered without its year, {@code 深圳市人民政府通告 第3号}: its number with year 0,
     * which the document's signing year completes ({@link DocumentNumber#withYear}); else empty.
     */
    public static Optional<DocumentNumber> yearlessAnnouncement(String line) {
        if (line.indexOf('号') < 0) return Optional.empty();
        return announcementLine(line).filter(n -> n.year() == 0);
    }

    /** The number a document's header line holds, in any of the forms above; else empty. */
    public static Optional<DocumentNumber> headerNumber(String line) {
        Optional<DocumentNumber> n = documentNumberLine(line);
        if (n.isEmpty()) n = bracketedNumberLine(line);
        return n.isPresent() ? n : yearlessAnnouncement(line);
    }

    /** Every 文号 in a text, in order (announcements' numbers among them). */
    public static List<Found<DocumentNumber>> documentNumbers(String text) {
        List<Found<DocumentNumber>> found = bracketedNumbers(text);
        if (!isAnnouncement(text)) return found;
        Matcher m = ANNOUNCEMENT_TAIL.matcher(text);
        while (m.find()) {
            int start = runBefore(text, m.start(), MAX_ISSUER, true);
            String organ = LEADING_WORDS.matcher(Text.squeeze(text.substring(start, m.start()))).replaceFirst("");
            if (!plausibleOrgan(organ)) continue;
            int from = text.indexOf(organ.charAt(0), start);
            found.add(new Found<>(announcement(text.substring(from, m.end()).strip(), organ, m.group(1), m.group(2), m.group(3)),
                    from, m.end()));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static boolean isAnnouncement(String text) {
        return text.indexOf('告') >= 0 && (text.contains("公告") || text.contains("通告"));
    }

    /**
     * An organ read backwards from 公告: not a title's words ({@code …关于…的公告（2024年第10号）} names
     * its organ only before 关于; such a number is not taken).
     */
    private static boolean plausibleOrgan(String organ) {
        return organ.length() >= 2 && !organ.contains("关于") && !organ.endsWith("的");
    }

    /**
     * The number of an announcement cited by its title with the year and ordinal alone after it,
     * {@code 《国家税务总局关于…的公告》（2019年第44号）}: its organ is the title's, before 关于.
     *
     * @param title the quoted title
     * @param text  the text it is quoted in
     * @param from  where in {@code text} the title's 》 ends
     * @return the number, spanning the brackets after the title
     */
    public static Optional<Found<DocumentNumber>> titledAnnouncement(String title, String text, int from) {
        if (from >= text.length() || "（( ".indexOf(text.charAt(from)) < 0) return Optional.empty(); // most titles: no bracket after
        Matcher n = TITLE_ORDINAL.matcher(text).region(from, text.length());
        Matcher t = ANNOUNCEMENT_TITLE.matcher(title);
        if (!n.lookingAt() || !t.matches() || !LineShapes.isOrgan(t.group(1))) return Optional.empty();
        String source = t.group(1) + t.group(2) + n.group(1) + "年第" + n.group(2) + "号";
        return Optional.of(new Found<>(announcement(source, t.group(1), t.group(2), n.group(1), n.group(2)), from, n.end()));
    }

    /** @param year null when the number gives none (year 0) */
    private static DocumentNumber announcement(String source, String organ, String kind, String year, String ordinal) {
        return new DocumentNumber(source, organ + kind, year == null ? 0 : Integer.parseInt(year), Integer.parseInt(ordinal),
                DocumentNumber.Form.YEAR_ORDINAL);
    }

    /** Every 文号 in brackets in a text ({@code 湘政发〔2024〕9号}), in order. */
    private static List<Found<DocumentNumber>> bracketedNumbers(String text) {
        List<Found<DocumentNumber>> found = new ArrayList<>();
        if (text.indexOf('号') < 0) return found;
        Matcher m = YEAR_AND_SERIAL.matcher(text);
        for (int after = 0; findYearAndSerial(m, text, after); after = m.end()) {
            int start = runBefore(text, m.start(), MAX_AGENCY, true);
            String agency = LEADING_WORDS.matcher(Text.squeeze(text.substring(start, m.start()))).replaceFirst("");
            if (agency.isEmpty()) continue;
            int from = text.indexOf(agency.charAt(0), start);
            found.add(new Found<>(new DocumentNumber(text.substring(from, m.end()).strip(), agency,
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), from, m.end()));
        }
        return found;
    }

    /**
     * {@code find()} of {@link #YEAR_AND_SERIAL} from {@code from}, the pattern tried only where a
     * bracket opens: left to {@code find()}, it tested its first character class, a chain of eight
     * predicates, at every character of the text.
     */
    private static boolean findYearAndSerial(Matcher m, String text, int from) {
        for (int at = nextOpeningBracket(text, from); at >= 0; at = nextOpeningBracket(text, at + 1)) {
            if (m.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }

    /** Where the next bracket that may open a 文号's year is, from {@code from}; -1 when none. */
    private static int nextOpeningBracket(String text, int from) {
        for (int i = from; i < text.length(); i++) if (OPENING.indexOf(text.charAt(i)) >= 0) return i;
        return -1;
    }

    private static Optional<DocumentNumber> toNumber(Matcher m, String source) {
        String agency = LEADING_WORDS.matcher(Text.squeeze(m.group(1))).replaceFirst("");
        if (agency.isEmpty()) return Optional.empty();
        int cut = source.indexOf(agency.charAt(0));
        return Optional.of(new DocumentNumber(cut > 0 ? source.substring(cut) : source, agency,
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /**
     * Where the run of ideographs (and, when allowed, spaces) that ends at {@code end} starts,
     * looking back at most {@code max} characters.
     */
    private static int runBefore(String text, int end, int max, boolean spaces) {
        int start = end;
        while (start > 0 && end - start < max) {
            char c = text.charAt(start - 1);
            if (!(Text.isCjk(c) || (spaces && c == ' '))) break;
            start--;
        }
        while (start < end && text.charAt(start) == ' ') start++;
        // A date's 日 before the organ (2019年8月21日国家市场监督管理总局令第16号) is not the organ's: 日照市 is.
        if (start < end && text.charAt(start) == '日' && start > 0 && Character.isDigit(text.charAt(start - 1))) start++;
        return start;
    }

    /** A registration code that fills the whole line, else empty. */
    public static Optional<RegistrationCode> registrationLine(String line) {
        Matcher m = REGISTRATION_LINE.matcher(line);
        return m.matches() ? Optional.of(toCode(m)) : Optional.empty();
    }

    /** Every registration code in a text. */
    public static List<RegistrationCode> registrationCodes(String text) {
        List<RegistrationCode> found = new ArrayList<>();
        Matcher m = REGISTRATION.matcher(text);
        while (m.find()) {
            found.add(toCode(m));
        }
        return found;
    }

    private static RegistrationCode toCode(Matcher m) {
        return new RegistrationCode(m.group(0).strip(), m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }

    /**
     * The order that promulgated a regulation, from the note under its title ({@code （2019年8月21日
     * 国家市场监督管理总局令第16号公布 根据…令第53号修正）}: the first order, the one 公布 follows), with the
     * date of its promulgation (the last date before it); else empty.
     */
    public static Optional<Promulgation> promulgationNote(String line) {
        if (line.indexOf('令') < 0 || !PROMULGATION_NOTE.matcher(line).matches()) return Optional.empty();
        List<Found<OrderNumber>> orders = orderNumbers(line);
        if (orders.isEmpty()) return Optional.empty();
        Found<OrderNumber> first = orders.get(0);
        return Optional.of(new Promulgation(first.value(), Dates.last(line.substring(0, first.start())).orElse(null)));
    }

    /**
     * The day of the meeting that adopted a law, a decision or a judicial interpretation, from the
     * note printed with its title ({@code （2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）},
     * {@code （2023年5月23日最高人民法院审判委员会第1889次会议通过，自2023年12月5日起施行）}), or of the
     * last revision or amendment the note lists (the text printed is that one's); else empty.
     */
    public static Optional<LocalDate> adoptionNote(String line) {
        if (line.indexOf("通过") < 0 || !ADOPTION_NOTE.matcher(line).matches()) return Optional.empty();
        Optional<LocalDate> last = Optional.empty();
        for (Matcher m = ADOPTED_ON.matcher(line); m.find(); ) last = Dates.of(m.group(1), m.group(2), m.group(3));
        return last;
    }

    /** What a promulgation note says: the order, and the day it was promulgated (null when not given). */
    public record Promulgation(OrderNumber order, LocalDate date) {
    }

    /** An order header line ({@code 湖南省人民政府令 第321号}, {@code 商务部令 2024年第1号}), else empty. */
    public static Optional<OrderNumber> orderHeaderLine(String line) {
        if (line.indexOf('令') < 0) return Optional.empty();
        Matcher m = ORDER_HEADER.matcher(Text.squeeze(line)); // 第 三 十 四 号: the extraction's spaces inside the ordinal
        int number = m.matches() ? ChineseNumerals.parse(m.group(3)) : -1;
        if (number <= 0) return Optional.empty();
        return Optional.of(new OrderNumber(line.strip(), m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), number));
    }

    /** Every 令号 in a text ({@code 湖南省人民政府令第301号}, {@code 国务院令 第745号}, {@code 商务部令2024年第1号}). */
    public static List<Found<OrderNumber>> orderNumbers(String text) {
        List<Found<OrderNumber>> found = new ArrayList<>();
        if (text.indexOf('令') < 0) return found;
        Matcher m = ORDER_TAIL.matcher(text);
        while (m.find()) {
            int start = runBefore(text, m.start(), MAX_ISSUER, false);
            String issuer = LEADING_WORDS.matcher(text.substring(start, m.start())).replaceFirst("");
            if (issuer.length() < 2) continue;
            int from = m.start() - issuer.length();
            int number = m.group(2) != null ? Integer.parseInt(m.group(2)) : ChineseNumerals.parse(m.group(3));
            if (number <= 0) continue;
            found.add(new Found<>(new OrderNumber(text.substring(from, m.end()), issuer,
                    m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), number), from, m.end()));
        }
        return found;
    }

    /** A value found in a text, with the span it came from. */
    public record Found<T>(T value, int start, int end) {
    }
}
