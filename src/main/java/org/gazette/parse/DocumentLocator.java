package org.gazette.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.model.OrderNumber;
import org.gazette.source.SourceLine;

/**
 * Finds where documents start in a source. A document is anchored on the strongest signal it
 * has, and its title is then found around the anchor:
 * <ul>
 *   <li>a line holding only a 文号 ({@code 湘政发〔2024〕9号}, an announcement's
 *       {@code 国家税务总局公告2024年第1号}): the title is the title-like lines just before it (issuing
 *       organ, 关于…, wrapped pieces), or just after it when the number is printed first;</li>
 *   <li>an order header ({@code 湖南省人民政府令 第321号}, {@code 商务部令 2024年第1号});</li>
 *   <li>a 文号 in brackets under a title, where addressees follow ({@code （粤府〔2024〕35号）});</li>
 *   <li>an announcement numbered without its year ({@code 深圳市人民政府通告 第3号});</li>
 *   <li>either printed over two lines, the organ and kind above the number
 *       ({@code 国家税务总局公告} / {@code 2024年第1号});</li>
 *   <li>a regulation's promulgation note ({@code （2019年8月21日国家市场监督管理总局令第16号公布）}): the
 *       title is the lines just before it (a regulation printed without its order, as State Council
 *       gazettes and compilations print them);</li>
 *   <li>the note of the meeting that adopted a decision or law printed without a number
 *       ({@code （2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过）}): the title is the lines just
 *       before it, unless an order just before promulgates it;</li>
 *   <li>the dateline of a report or speech ({@code ——2024年1月22日在湖南省第十四届人民代表大会第二次会议上}), or
 *       a date in brackets under a title ({@code 中共中央 国务院关于…的意见} / {@code （2024年1月1日）}): the
 *       title is the lines just before it;</li>
 *   <li>an interpretation heading ({@code 永州市农业农村局解读 《…》});</li>
 *   <li>a title {@code …关于…的通知} directly followed by an addressee line (…：): anywhere in a source
 *       without the anchors above, else only where the document before has ended (its date above);</li>
 *   <li>a title the 目录 lists without a number ({@link #withListedTitles}).</li>
 * </ul>
 * A document runs until the next one starts.
 */
final class DocumentLocator {

    enum Anchor { NUMBER, ORDER, PROMULGATION, ADOPTION, DATELINE, INTERPRETATION, TITLE }

    /**
     * Where one document starts.
     *
     * @param anchor      what identified it
     * @param anchorIndex index (0-based) of the anchor line
     * @param anchorEnd   index of the anchor's last line: a header printed over two or three lines
     *                    ({@code 国家税务总局公告} / {@code 2024年第1号}) ends on the second
     * @param titleLines  indices of the lines that make its title, in order (empty for an order, whose
     *                    title follows its promulgation text)
     */
    record Start(Anchor anchor, int anchorIndex, int anchorEnd, List<Integer> titleLines) {
        Start(Anchor anchor, int anchorIndex, List<Integer> titleLines) {
            this(anchor, anchorIndex, anchorIndex, titleLines);
        }

        int firstIndex() {
            return titleLines.isEmpty() ? anchorIndex : Math.min(anchorIndex, titleLines.get(0));
        }
    }

    private static final Pattern INTERPRETATION = Pattern.compile(
            "^([" + Text.HAN + "（）()]{2,40}?)(?:关于)?(?:政策)?解读(《.*)?$");
    private static final Pattern INTERPRETATION_OF_TITLE = Pattern.compile("^(?:关于)?《[^》]+》(?:的)?(?:政策)?解读$");
    /** The last line of a document's 版记: the organ that printed it and the day, {@code 永州市人民政府办公室　2024年4月2日印发}. */
    private static final Pattern PRINTED = Pattern.compile("^\\s*[" + Text.HAN + "（）()]{2,40}\\s*" + Dates.DATE + "\\s*印发\\s*$");
    private static final Pattern QUOTED_TITLE = Pattern.compile("^《.+》?$");
    /** The end of a 目录's entry, dot leaders and the page ({@code ……12}, {@code ……（5）}): never a title in the body. */
    private static final Pattern CONTENTS_PAGE = Pattern.compile("[.…·．⋯]{2,}\\s*[（(]?[0-9]{1,4}[）)]?$");
    private static final Pattern REFERENCE_LINE = Pattern.compile("^\\s*(?:-\\s*)?[（(].*[〔\\[［].*[）)].*$");
    private static final int MAX_TITLE_LINES = 6;
    private static final int MAX_TITLE_PIECE = 60;

    List<Start> locate(List<SourceLine> lines) {
        List<Start> starts = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        int floor = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            Optional<Start> start = anchorAt(lines, i, floor, starts.isEmpty() ? null : starts.get(starts.size() - 1));
            if (start.isPresent() && !taken.contains(i)) {
                Start s = start.get();
                starts.add(s);
                taken.addAll(s.titleLines());
                for (int k = i; k <= s.anchorEnd(); k++) taken.add(k);
                floor = Math.max(s.anchorEnd(), s.titleLines().isEmpty() ? i : s.titleLines().get(s.titleLines().size() - 1)) + 1;
                i = floor - 1;
            }
        }
        starts = ContentsHeaders.without(starts, lines);
        if (starts.isEmpty()) return titleStarts(lines);
        // A notice without 文号 among numbered documents: where the one before has ended (its date
        // above). Tested in that order: the date first, which few lines follow.
        List<Start> titled = new ArrayList<>();
        for (int i = starts.get(0).firstIndex() + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || taken.contains(i) || !endsDocument(lines, i)) continue;
            Optional<Start> t = titleStartAt(lines, i);
            if (t.isPresent() && !taken.contains(t.get().anchorIndex())) titled.add(t.get());
        }
        return merged(starts, titled);
    }

    /**
     * The document whose header is at line {@code i}, if one is.
     *
     * @param floor    the first line a title may take (after the document before's header)
     * @param previous the start found last, or null: the regulation an order has just promulgated
     *                 repeats that order in its note, which starts no document of its own
     */
    private static Optional<Start> anchorAt(List<SourceLine> lines, int i, int floor, Start previous) {
        String text = lines.get(i).text();
        int next = nextNonBlank(lines, i + 1);
        String split = next < 0 ? null : HeaderLines.splitHeader(text, lines.get(next).text());
        int end = split == null ? i : next;
        int titleFloor = floor;
        int third = split == null && next >= 0 && HeaderLines.mayBeKindAlone(lines.get(next).text()) ? nextNonBlank(lines, next + 1) : -1;
        if (third >= 0 && (split = HeaderLines.splitHeader(text, lines.get(next).text(), lines.get(third).text())) != null) {
            end = third;
            titleFloor = i; // the organ heads it: no title above (湖南省人民代表大会常务委员会 / 公　　告 / （第12号）)
        }
        String header = split == null ? text : split;
        if (Identifiers.orderHeaderLine(header).isPresent()) return Optional.of(new Start(Anchor.ORDER, i, end, List.of()));
        if (split == null && next >= 0 && HeaderLines.isRedHead(text) && Identifiers.documentNumberLine(lines.get(next).text()).isPresent()) {
            // The red head above the 文号 is the header's first line; the title is printed below them.
            return Optional.of(new Start(Anchor.NUMBER, i, next, titleAfter(lines, next)));
        }
        if (Identifiers.documentNumberLine(header).isPresent() || Identifiers.yearlessAnnouncement(header).isPresent()) {
            return Optional.of(numberStart(lines, i, end, titleFloor));
        }
        if (Identifiers.bracketedNumberLine(text).isPresent()) {
            boolean addressed = next >= 0 && AddresseeReader.isAddresseeLine(lines.get(next).text());
            List<Integer> title = addressed ? titleBefore(lines, i, floor) : List.of();
            return title.isEmpty() ? Optional.empty() : Optional.of(new Start(Anchor.NUMBER, i, i, title));
        }
        Optional<Identifiers.Promulgation> note = Identifiers.promulgationNote(text);
        if (note.isPresent()) {
            OrderNumber promulgating = note.get().order();
            if (orderOf(lines, previous).filter(o -> o.number() == promulgating.number() && o.year() == promulgating.year()).isPresent()) {
                return Optional.empty();
            }
            List<Integer> title = titleBefore(lines, i, floor);
            return title.isEmpty() ? Optional.empty() : Optional.of(new Start(Anchor.PROMULGATION, i, i, title));
        }
        Optional<Start> dated = DatedStarts.at(lines, i, next, floor, previous);
        if (dated.isPresent()) return dated;
        return isInterpretationHeading(text) ? Optional.of(interpretationStart(lines, i)) : Optional.empty();
    }

    /** The order an order's header gives, when {@code start} is one. */
    private static Optional<OrderNumber> orderOf(List<SourceLine> lines, Start start) {
        if (start == null || start.anchor() != Anchor.ORDER) return Optional.empty();
        return Identifiers.orderHeaderLine(header(lines, start));
    }

    /** The header of a start anchored by a number or an order, as one line when it is printed over two or three. */
    static String header(List<SourceLine> lines, Start start) {
        List<String> pieces = new ArrayList<>();
        for (int k = start.anchorIndex(); k >= 0 && k <= start.anchorEnd(); k = nextNonBlank(lines, k + 1)) {
            pieces.add(lines.get(k).text());
        }
        return HeaderLines.header(pieces);
    }

    /**
     * The starts with documents added that the anchors missed but the 目录 lists by title alone (a
     * report, a notice without 文号, a regulation): its title on a line of its own, or wrapped over up
     * to three (the first such place), and not what the document it is printed under publishes (the
     * regulation of an order, the measures of a 关于印发《…》的通知). The 目录 says where a document starts; a report ends without a date, so the line
     * above need not close one.
     *
     * @param titles the titles of the 目录's entries that give no 文号, 令号 or registration code
     */
    static List<Start> withListedTitles(List<Start> starts, List<SourceLine> lines, List<String> titles) {
        if (starts.isEmpty() || titles.isEmpty()) return starts;
        Set<String> wanted = new HashSet<>();
        titles.forEach(t -> wanted.add(Text.comparable(t)));
        Set<Integer> known = new HashSet<>();
        for (Start s : starts) {
            known.add(s.anchorIndex());
            known.addAll(s.titleLines());
        }
        List<Start> found = new ArrayList<>();
        for (int i = starts.get(0).firstIndex() + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || known.contains(i) || !isTitlePiece(lines.get(i).text())) continue;
            List<Integer> title = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (int j = i; j >= 0 && title.size() < 3 && isTitlePiece(lines.get(j).text()); j = nextNonBlank(lines, j + 1)) {
                title.add(j);
                joined.append(lines.get(j).text());
                String key = Text.comparable(joined.toString());
                if (wanted.contains(key) && !publishedBy(starts, lines, i, key)) {
                    found.add(new Start(Anchor.TITLE, i, List.copyOf(title)));
                    wanted.remove(key);
                    i = j;
                    break;
                }
            }
        }
        return merged(starts, found);
    }

    /**
     * Whether the line before {@code i} closes a document: a date of its own, a remark in brackets
     * (（此件公开发布）), or the 版记's last line (…2024年4月2日印发).
     */
    private static boolean endsDocument(List<SourceLine> lines, int i) {
        int before = previousNonBlank(lines, i - 1, 0);
        if (before < 0) return true;
        String s = lines.get(before).text();
        char last = Text.lastVisible(s);
        if (last != '日' && last != '）' && last != ')' && last != '发') return false; // most lines: asked of every line after the first document
        if (last == '发') return PRINTED.matcher(s).matches();
        return Dates.wholeLine(s).isPresent() || LineShapes.isRemark(s);
    }

    /**
     * Whether the title at {@code i} is what the document it is printed under publishes: the regulation
     * its order or announcement names (《…》已经…通过，现予公布), or the measures its notice prints
     * (关于印发《…》的通知).
     */
    static boolean publishedBy(List<Start> starts, List<SourceLine> lines, int i, String title) {
        Start containing = null;
        for (Start s : starts) if (s.firstIndex() < i) containing = s;
        if (containing == null) return false;
        // An order, or an announcement without a title of its own (人大常委会公告 第5号), names what it
        // publishes in its promulgation text; a notice in its title.
        List<String> naming = new ArrayList<>();
        naming.add(joined(lines, containing.titleLines()));
        boolean promulgates = containing.anchor() == Anchor.ORDER
                || containing.anchor() == Anchor.NUMBER && containing.titleLines().isEmpty();
        if (promulgates) for (int k = containing.anchorIndex(); k < i; k++) naming.add(lines.get(k).text());
        for (String s : naming) {
            for (int open = s.indexOf('《'); open >= 0; open = s.indexOf('《', open + 1)) {
                if (Text.comparable(s.substring(open)).startsWith(title)) return true;
            }
        }
        return false;
    }

    /** The lines at these indices joined as the pieces of one title (as printed: not squeezed). */
    static String joined(List<SourceLine> lines, List<Integer> indices) {
        return Text.joinPieces(indices.stream().map(k -> lines.get(k).text()).toList());
    }

    private static List<Start> merged(List<Start> starts, List<Start> more) {
        if (more.isEmpty()) return starts;
        List<Start> all = new ArrayList<>(starts);
        all.addAll(more);
        all.sort(Comparator.comparingInt(Start::firstIndex));
        return all;
    }

    /** The lines of every document, as index ranges [from, to) into the source. */
    static List<int[]> spans(List<Start> starts, List<SourceLine> lines) {
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k).firstIndex();
            int to = k + 1 < starts.size() ? starts.get(k + 1).firstIndex() : lines.size();
            while (to > from && lines.get(to - 1).isBlank()) to--;
            spans.add(new int[] {from, to});
        }
        return spans;
    }

    static boolean isInterpretationHeading(String line) {
        if (!line.contains("解读")) return false;
        String s = Text.squeeze(line);
        if (s.length() > 120 || Text.containsAny(s, "，。；,;") || LineShapes.structural(line).isPresent()) return false;
        if (INTERPRETATION_OF_TITLE.matcher(s).matches()) return true;
        var m = INTERPRETATION.matcher(s);
        return m.matches() && LineShapes.isOrgan(m.group(1));
    }

    private static Start interpretationStart(List<SourceLine> lines, int i) {
        List<Integer> title = new ArrayList<>(List.of(i));
        String s = Text.squeeze(lines.get(i).text());
        if (s.endsWith("解读")) {
            int next = nextNonBlank(lines, i + 1);
            if (next >= 0 && QUOTED_TITLE.matcher(Text.squeeze(lines.get(next).text())).matches()) title.add(next);
        }
        return new Start(Anchor.INTERPRETATION, i, title);
    }

    private static Start numberStart(List<SourceLine> lines, int i, int end, int floor) {
        List<Integer> before = titleBefore(lines, i, floor);
        if (!before.isEmpty()) return new Start(Anchor.NUMBER, i, end, before);
        return new Start(Anchor.NUMBER, i, end, titleAfter(lines, end));
    }

    /** Title-like lines directly above a number line, stopping at the organ or 关于 that opens the title. */
    static List<Integer> titleBefore(List<SourceLine> lines, int i, int floor) {
        List<Integer> title = new ArrayList<>();
        for (int j = i - 1; j >= floor && title.size() < MAX_TITLE_LINES; j--) {
            SourceLine line = lines.get(j);
            if (line.isBlank()) continue;
            if (title.isEmpty() && Identifiers.registrationLine(line.text()).isPresent()) continue; // 登记号 between title and 文号
            if (!isTitlePiece(line.text())) break;
            title.add(0, j);
            String s = Text.squeeze(line.text());
            if (s.startsWith("关于")) {
                int k = previousNonBlank(lines, j - 1, floor);
                if (k >= 0 && LineShapes.isOrgan(lines.get(k).text())) title.add(0, k);
                break;
            }
            if (s.contains("关于") || line.text().startsWith(" ")) break;
        }
        return plausibleTitle(lines, title) ? title : List.of();
    }

    /** Title-like lines after a number printed above its title, up to the addressee line. */
    private static List<Integer> titleAfter(List<SourceLine> lines, int i) {
        List<Integer> title = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && title.size() < MAX_TITLE_LINES; j++) {
            SourceLine line = lines.get(j);
            if (line.isBlank()) continue;
            if (title.isEmpty() && Identifiers.registrationLine(line.text()).isPresent()) continue;
            if (!isTitlePiece(line.text()) || isHeader(lines, j)) break;
            title.add(j);
            if (DocumentTypes.endsWithTypeWord(Text.squeeze(line.text()))) break;
        }
        return plausibleTitle(lines, title) ? title : List.of();
    }

    /** The next document's header, alone or over two lines (湖南省人民政府令 / 第322号): no title of this one. */
    private static boolean isHeader(List<SourceLine> lines, int j) {
        int next = nextNonBlank(lines, j + 1);
        return HeaderLines.opensOrderOrAnnouncement(lines.get(j).text(), next < 0 ? null : lines.get(next).text());
    }

    private static boolean plausibleTitle(List<SourceLine> lines, List<Integer> title) {
        if (title.isEmpty()) return false;
        String joined = Text.squeeze(joined(lines, title));
        return joined.contains("关于") || DocumentTypes.endsWithTypeWord(joined);
    }

    /** A line that can be a piece of a title: short, not a clause, not a date, number or heading. */
    static boolean isTitlePiece(String text) {
        String s = text.strip();
        // The tests on characters first: most lines of a body fail one of them, and the patterns cost more.
        return !s.isEmpty() && s.length() <= MAX_TITLE_PIECE && !Text.endsClause(s) && !LineShapes.isTableRow(s)
                && !Text.containsAny(s, "，。；") && !s.endsWith("页）") && !s.endsWith("页)")
                && Text.cjkCount(s) >= 2 && Dates.wholeLine(s).isEmpty()
                && Identifiers.documentNumberLine(s).isEmpty() && Identifiers.registrationLine(s).isEmpty()
                && LineShapes.structural(s).isEmpty() && !REFERENCE_LINE.matcher(s).matches() && !LineShapes.isRemark(s)
                && !endsWithContentsPage(s);
    }

    private static boolean endsWithContentsPage(String s) {
        char last = s.charAt(s.length() - 1);
        return (last >= '0' && last <= '9' || last == '）' || last == ')') && CONTENTS_PAGE.matcher(s).find();
    }

    /** Documents without a number: a 关于…通知 title followed by an addressee line. */
    private static List<Start> titleStarts(List<SourceLine> lines) {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            Optional<Start> start = titleStartAt(lines, i);
            if (start.isPresent()) {
                starts.add(start.get());
                List<Integer> title = start.get().titleLines();
                i = nextNonBlank(lines, title.get(title.size() - 1) + 1);
            }
        }
        return starts;
    }

    /** A 关于…通知 title starting at line {@code i} (up to three lines) and followed by an addressee line, else empty. */
    private static Optional<Start> titleStartAt(List<SourceLine> lines, int i) {
        if (!isTitlePiece(lines.get(i).text())) return Optional.empty();
        List<Integer> title = new ArrayList<>();
        int j = i;
        while (j >= 0 && j < lines.size() && title.size() < 3 && isTitlePiece(lines.get(j).text())) {
            title.add(j);
            if (DocumentTypes.endsWithTypeWord(Text.squeeze(lines.get(j).text()))) break;
            j = nextNonBlank(lines, j + 1);
        }
        String joined = Text.squeeze(joined(lines, title));
        int next = nextNonBlank(lines, title.get(title.size() - 1) + 1);
        if (joined.contains("关于") && DocumentTypes.endsWithTypeWord(joined) && next >= 0
                && AddresseeReader.isAddresseeLine(lines.get(next).text())) {
            return Optional.of(new Start(Anchor.TITLE, i, title));
        }
        return Optional.empty();
    }

    static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) return j;
        }
        return -1;
    }

    static int previousNonBlank(List<SourceLine> lines, int from, int floor) {
        for (int j = from; j >= floor; j--) {
            if (!lines.get(j).isBlank()) return j;
        }
        return -1;
    }
}
