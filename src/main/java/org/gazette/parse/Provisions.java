package org.gazette.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.Block;
import org.gazette.model.Citation;
import org.gazette.model.Validity;

/**
 * Reads the final provisions of a document: when it takes effect (施行), for how long it is valid
 * (有效期), and what it repeals (废止).
 */
final class Provisions {

    /** The words a document takes effect by: 施行, and 执行, 实施, 生效, 试行 (a trial regulation's). */
    private static final String TAKES_EFFECT = "(?:施行|执行|实施|生效|试行)";
    /** 自2024年3月1日起施行, also 于/从 for 自, the date in digits or in Chinese numerals. */
    private static final Pattern FULL_DATE = Pattern.compile("[自于从]" + Dates.DATE + "(?:起)?" + TAKES_EFFECT);
    private static final Pattern MONTH_DAY = Pattern.compile("[自于从]([0-9]{1,2})月([0-9]{1,2})日(?:起)?" + TAKES_EFFECT);
    private static final Pattern RULE = Pattern.compile("自(印发|发布|公布|颁布|公告|下发|签发)之日起" + TAKES_EFFECT);
    /** 自发布之日起30日后施行: a rule as printed, counted from the signing date as 自发布之日起施行 is (StatusResolver). */
    private static final Pattern DAYS_AFTER = Pattern.compile("自(?:印发|发布|公布|颁布|公告|下发|签发)之日起满?"
            + "([0-9]{1,3}|[一二三四五六七八九十百]{1,4})(?:日|天)(?:后|以后)(?:起)?" + TAKES_EFFECT);
    private static final Pattern OWN = Pattern.compile(
            "(?:本|以上|上述)(?:办法|通知|规定|细则|方案|意见|决定|条例|规划|文件|政策|措施|通告|公告|规则|实施细则|实施方案|政策措施|制度|清单)");
    /** 有效期3年, 有效期限为五年, 试行期两年. */
    private static final Pattern VALIDITY = Pattern.compile(
            "(?:有效期|有效期限|试行期)(?:为|是)?([0-9]{1,2}|[一二两三四五六七八九十]{1,2})年");
    /** 有效期至2025年12月31日 (截至, 到, 截止到 likewise), 有效期为2024年3月1日至2027年2月28日. */
    private static final Pattern VALID_UNTIL = Pattern.compile("(?:有效期|有效期限)(?:为|是|：|:)?(?:"
            + Dates.UNCAPTURED_DATE + "(?:起)?)?(?:至|截至|截止到|截止至|到)" + Dates.DATE);
    /** A last day the document sets itself: 本办法自2024年3月1日起施行，2027年2月28日废止 (失效 likewise). */
    private static final Pattern LAST_DAY = Pattern.compile("(?:于|至)?" + Dates.DATE + "(?:起)?(?:废止|失效)");
    private static final Pattern ABOUT_ITSELF = Pattern.compile(
            "施行|执行|实施|印发|发布|公布|本通知|本办法|本规定|本细则|本方案|本意见|本文件|政策措施|本决定");
    private static final Pattern REPEAL = Pattern.compile("废止|废除|停止执行|不再执行|失效");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《[^《》]*》");
    private static final Pattern REPEAL_LIST = Pattern.compile(".*(?:废止|失效).*(?:目录|清单|名单|一览表)$");
    private static final Pattern AMENDMENT_LIST = Pattern.compile(".*(?:修改|修订).*(?:目录|清单|名单|一览表)$");
    private static final Pattern KEPT = Pattern.compile("保留|继续有效|继续执行");
    private static final Pattern CLAUSE = Pattern.compile("[，,。；;]");
    /** A clause that amends what it names, by its verb. */
    private static final Pattern AMENDS = Pattern.compile(
            "修改为|作(?:出)?(?:如下|以下)修改|进行修改|予以修改|修改如下|决定修改《|同意修改《|^修改《");
    /** The ideographs a table's cell needs to be taken for a title, not a serial number, a date or an organ. */
    private static final int TITLE_MIN = 8;

    private Provisions() {
    }

    /** The effective date as an ISO date, or the rule as printed; null when the text says neither. */
    static String effective(List<Passage> passages, LocalDate signed) {
        String fallback = null;
        for (Passage p : passages) {
            if (!mayTakeEffect(p.text())) continue; // most passages hold none of the forms' first characters
            String text = p.text().replace(" ", "");
            for (String sentence : sentences(text)) {
                String found = effectiveIn(sentence, signed);
                if (found == null) continue;
                if (OWN.matcher(sentence).find()) return found;
                if (fallback == null) fallback = found;
            }
        }
        return fallback;
    }

    /**
     * Whether a text may hold one of the forms: each has 自, or 于 or 从 before a date (关于 is in every
     * other sentence), and a word of taking effect. Asked of every passage: searched for with
     * {@code indexOf}, which the JIT makes fast, the rarest first.
     */
    private static boolean mayTakeEffect(String text) {
        return (text.indexOf('自') >= 0 || beforeYear(text, '于') || beforeYear(text, '从'))
                && (text.contains("施行") || text.contains("实施") || text.contains("执行") || text.contains("生效") || text.contains("试行"));
    }

    /** Whether {@code c} stands before a year's first digit somewhere in the text: 于2024年, 从二〇二四年. */
    private static boolean beforeYear(String text, char c) {
        for (int i = text.indexOf(c); i >= 0 && i + 1 < text.length(); i = text.indexOf(c, i + 1)) {
            char next = text.charAt(i + 1);
            if (next >= '0' && next <= '9' || "〇零一二三四五六七八九○".indexOf(next) >= 0) return true;
        }
        return false;
    }

    private static String effectiveIn(String sentence, LocalDate signed) {
        if (!mayTakeEffect(sentence)) return null; // most sentences of such a passage hold none of the forms' first characters
        Matcher m;
        if ((m = FULL_DATE.matcher(sentence)).find()) {
            return Dates.of(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString).orElse(null);
        }
        if ((m = MONTH_DAY.matcher(sentence)).find() && signed != null) {
            return Dates.of(String.valueOf(signed.getYear()), m.group(1), m.group(2)).map(LocalDate::toString).orElse(null);
        }
        if ((m = RULE.matcher(sentence)).find() || (m = DAYS_AFTER.matcher(sentence)).find()) {
            return m.group(0);
        }
        return null;
    }

    /**
     * 有效期, from a sentence that speaks of the document itself: in years ({@code 有效期3年}) or to a last
     * day ({@code 有效期至2025年12月31日}); null when there is none.
     */
    static Validity validity(List<Passage> passages) {
        for (Passage p : passages) {
            String text = p.text();
            if (text.indexOf('效') < 0 && text.indexOf("试行期") < 0 && text.indexOf("日废止") < 0 && text.indexOf("日起废止") < 0) {
                continue; // none of the forms
            }
            for (String sentence : sentences(text.replace(" ", ""))) {
                // The forms' words first: most sentences of such a passage lack them.
                boolean term = sentence.contains("有效期") || sentence.contains("试行期");
                boolean lastDay = !term && (sentence.contains("日废止") || sentence.contains("日起废止")
                        || sentence.contains("日失效") || sentence.contains("日起失效"));
                if (!term && !lastDay || !ABOUT_ITSELF.matcher(sentence).find()) continue;
                Matcher until;
                if (term) {
                    Matcher m = VALIDITY.matcher(sentence);
                    if (m.find()) {
                        int years = ChineseNumerals.parse(m.group(1));
                        if (years > 0) return Validity.years(years);
                    }
                    if (!(until = VALID_UNTIL.matcher(sentence)).find()) continue;
                } else {
                    // 长政发〔2018〕10号自2024年3月1日起废止, 《…》同时废止: another document's end, not this one's.
                    if (!(until = LAST_DAY.matcher(sentence)).find() || namesAnother(sentence)) continue;
                }
                Optional<LocalDate> day = Dates.of(until.group(1), until.group(2), until.group(3));
                if (day.isPresent()) return Validity.until(day.get());
            }
        }
        return null;
    }

    /**
     * The documents a document amends (修改): those named in a clause that amends
     * ({@code 对《…》作如下修改}, {@code 将《…》第五条修改为}, {@code 决定修改《…》}, {@code …等2件规范性文件予以修改}),
     * not one that only mentions an amended version ({@code 根据2019年修正的《…》}); and every document an
     * annex of amendments lists ({@code 决定修改的规范性文件目录}).
     */
    static List<Citation> amends(List<Block> blocks, List<Passage> passages, String ownNumber, Set<String> ownTitles) {
        List<Citation> amended = new ArrayList<>();
        for (Passage p : passages) {
            if (!p.text().contains("修改") || !AMENDS.matcher(p.text()).find()) continue; // most passages: none of the verbs
            // Clause by clause: 根据2019年修正的《…》，…决定对2件规范性文件予以修改 amends what it lists, not the law it rests on.
            for (String clause : CLAUSE.split(p.text())) {
                if (!AMENDS.matcher(clause).find() || REPEAL.matcher(QUOTED_TITLE.matcher(clause).replaceAll("")).find()) continue;
                addNew(amended, CitationFinder.find(List.of(new Passage(clause, p.line())), ownNumber, ownTitles));
            }
        }
        addListed(amended, blocks, AMENDMENT_LIST, ownNumber, ownTitles);
        return amended;
    }

    /** What the annexes of a kind of list ({@link #REPEAL_LIST}, {@link #AMENDMENT_LIST}) name, added to {@code list}. */
    private static void addListed(List<Citation> list, List<Block> blocks, Pattern kind, String ownNumber, Set<String> ownTitles) {
        for (Block block : blocks) {
            if (block instanceof Block.Division annex && isList(annex, kind)) {
                addNew(list, CitationFinder.find(listed(annex.children()), ownNumber, ownTitles));
            }
        }
    }

    /** The citations that name something and are not in the list yet (by key). */
    private static void addNew(List<Citation> list, List<Citation> found) {
        for (Citation c : found) {
            if ((c.number() != null || c.order() != null || c.title() != null)
                    && list.stream().noneMatch(r -> r.key().equals(c.key()))) {
                list.add(unquoted(c));
            }
        }
    }

    private static boolean namesAnother(String sentence) {
        return sentence.indexOf('《') >= 0 || !Identifiers.documentNumbers(sentence).isEmpty() || !Identifiers.orderNumbers(sentence).isEmpty();
    }

    /**
     * The documents that sentences about repeal (…同时废止) name: not the document itself, and not a
     * sentence whose only 废止 is in a title ({@code 《国务院关于修改和废止部分行政法规的决定》已经…通过}).
     */
    static List<Citation> repeals(List<Block> blocks, List<Passage> passages, String ownNumber, Set<String> ownTitles) {
        List<Citation> repealed = new ArrayList<>();
        for (Passage p : passages) {
            String text = p.text();
            // The regex tries five words at every character; most passages hold none of their first characters.
            if (text.indexOf('废') < 0 && text.indexOf("执行") < 0 && text.indexOf("失效") < 0) continue;
            for (String sentence : sentences(text)) {
                if (!REPEAL.matcher(QUOTED_TITLE.matcher(sentence).replaceAll("")).find()) continue;
                for (Citation c : CitationFinder.find(List.of(new Passage(sentence, p.line())), ownNumber, ownTitles)) {
                    if (c.number() != null || c.order() != null || c.title() != null) repealed.add(c);
                }
            }
        }
        addListed(repealed, blocks, REPEAL_LIST, ownNumber, ownTitles);
        return repealed;
    }

    /**
     * An annex that lists what the document repeals or amends, as a 清理 decision prints it:
     * {@code 决定废止的规范性文件目录}, {@code 宣布失效的规章目录}, {@code 决定修改的规范性文件目录}; not one of
     * what it keeps ({@code 继续有效的…}), nor a list of both at once ({@code 决定修改和废止的…}: which is which is in its rows).
     */
    private static boolean isList(Block.Division annex, Pattern kind) {
        return annex.kind() == Block.Kind.ATTACHMENT && annex.heading() != null
                && kind.matcher(annex.heading()).matches() && !KEPT.matcher(annex.heading()).find()
                && !(REPEAL_LIST.matcher(annex.heading()).matches() && AMENDMENT_LIST.matcher(annex.heading()).matches());
    }

    /**
     * The passages of a list: a table's row as one, its title quoted before its number
     * ({@code 《…的通知》（湘政发〔2010〕12号）}), so that what is cited keeps its title; other text as it is.
     */
    private static List<Passage> listed(List<Block> blocks) {
        List<Passage> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Table table) {
                table.rows().forEach(row -> out.add(new Passage(row(row), table.line())));
            } else {
                out.addAll(Passage.of(List.of(block)));
            }
        }
        return out;
    }

    /** The citation with the title's inner quotation marks as printed. */
    private static Citation unquoted(Citation c) {
        return c.title() == null ? c : new Citation(c.title().replace('〈', '《').replace('〉', '》'), c.number(), c.order(), c.line());
    }

    private static String row(List<String> cells) {
        String title = null;
        StringBuilder numbers = new StringBuilder();
        for (String cell : cells) {
            if (!Identifiers.documentNumbers(cell).isEmpty() || !Identifiers.orderNumbers(cell).isEmpty()) {
                numbers.append('（').append(cell.strip()).append('）');
            } else if (Text.cjkCount(cell) >= TITLE_MIN && (title == null || cell.length() > title.length())) {
                title = cell.strip();
            }
        }
        // A title that quotes another (关于印发《…》的通知) quotes it in the inner marks once quoted itself.
        return title == null ? numbers.toString()
                : "《" + title.replace('《', '〈').replace('》', '〉') + "》" + numbers;
    }

    /** The text cut after each 。；; (the punctuation stays with its sentence). */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) out.add(text.substring(from));
        return out;
    }
}
