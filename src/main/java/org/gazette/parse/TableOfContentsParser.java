package org.gazette.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;
import org.gazette.model.RegistrationCode;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;
import org.gazette.source.SourceLine;

/**
 * Reads a 目录: section headings, and entries made of a title (wrapped over lines, sometimes with a
 * blank line inside) and a parenthesised reference line with 文号 / 令号, registration code and page
 * ({@code (湘政发〔2024〕9号 HNPR—2024—00005) 6}, {@code (…)..... 25}, {@code (…) (3)}), or the
 * reference on the title's (last) line ({@code 国务院关于…的通知（国发〔2024〕12号）……（4）}).
 *
 * <p>Whether the title or the reference comes first is decided by the first entry and held for
 * the whole table. Cover text in the middle of the table is skipped; a title without a reference,
 * or a reference without a title, is reported.
 */
final class TableOfContentsParser {

    private static final Pattern LAW = Pattern.compile("^中华人民共和国.+法$");
    private static final Pattern ABOUT_ENDED = Pattern.compile(".*关于.*的[^的]{1,8}$");
    /** What the rest of a wrapped title may begin with. */
    private static final String CONNECTORS = "》〉）)、的和及与或并暨";
    private static final Pattern GOES_ON = Pattern.compile("实施|若干|补充|暂行|试行");
    private static final Pattern ISSUER_THEN_ABOUT = Pattern.compile("([" + Text.HAN + "　 ]{2,40}?)关于");
    /** An order or announcement listed by its header: {@code 湖南省人民代表大会常务委员会公告}（第5号）. */
    private static final Pattern HEADER = Pattern.compile("([" + Text.HAN + "]{2,30}?)(?:令|公告|通告)");
    private static final String BULLETS = "●·•◆◇■□▲△★☆○◎▪";
    /** Dot leaders, then the page: bare, or in brackets. */
    private static final String PAGE = "\\s*[.…·．。⋯\\s]*(?:[（(]\\s*([0-9]{1,4})\\s*[）)]|([0-9]{1,4}))?\\s*$";
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(?:-\\s*)?[（(](.+?)[）)]" + PAGE);
    /**
     * A whole entry on one line, its reference in brackets after the title:
     * {@code 国务院关于…的通知（国发〔2024〕12号）……（4）}, also after dot leaders: {@code …的批复……（长政函〔2024〕12号）2}.
     */
    private static final Pattern TITLE_AND_REFERENCE = Pattern.compile("^(.+?)[\\s.…·．⋯]*[（(]([^（）()]+)[）)]" + PAGE);
    /** An entry of a title and its page alone, after dot leaders: {@code 市场监督管理行政许可程序暂行规定……（10）}. */
    private static final Pattern TITLE_AND_PAGE =
            Pattern.compile("^(.+?)\\s*[.…·．。⋯]{2,}\\s*(?:[（(]\\s*([0-9]{1,4})\\s*[）)]|([0-9]{1,4}))\\s*$");

    /** The table and every front-matter line it accounted for (entries, sections, cover text). */
    record Result(TableOfContents toc, Set<Integer> consumedLines) {
    }

    private sealed interface Item permits TitleLine, Reference, Section {
        int line();
    }

    private record TitleLine(String text, int line) implements Item {
    }

    private record Reference(DocumentNumber number, RegistrationCode registration, OrderNumber order, Integer page,
                             int line) implements Item {
    }

    private record Section(String name, int line) implements Item {
    }

    Optional<Result> parse(List<SourceLine> frontMatter, Diagnostics diagnostics) {
        int start = -1;
        for (int i = 0; i < frontMatter.size(); i++) {
            if (LineShapes.isTocHeading(frontMatter.get(i).text())) {
                start = i;
                break;
            }
        }
        if (start < 0) return Optional.empty();

        Set<Integer> consumed = new LinkedHashSet<>();
        consumed.add(frontMatter.get(start).number());
        List<Item> items = new ArrayList<>();
        CoverNoise cover = new CoverNoise();
        for (int i = start + 1; i < frontMatter.size(); i++) {
            SourceLine line = frontMatter.get(i);
            if (line.isBlank()) continue;
            line = withoutBullet(line);
            List<Item> entry = entryOnOneLine(line);
            if (!entry.isEmpty()) {
                cover.endBlock();
                items.addAll(entry);
                consumed.add(line.number());
                continue;
            }
            Optional<Item> item = classify(line);
            if (item.isPresent() && !(item.get() instanceof TitleLine)) {
                cover.endBlock();
                items.add(item.get());
                consumed.add(line.number());
            } else if (cover.test(line.text())) {
                consumed.add(line.number());
            } else if (item.isPresent()) {
                items.add(item.get());
                consumed.add(line.number());
            }
        }
        List<String> sections = items.stream().filter(Section.class::isInstance)
                .map(it -> ((Section) it).name()).distinct().toList();
        return Optional.of(new Result(
                new TableOfContents(frontMatter.get(start).number(), sections, pair(items, diagnostics)), consumed));
    }

    /**
     * An entry with the bullet some tables put before it ({@code ● 江西省人民政府关于…的通知}) as the entry
     * alone, or the line as it is: a bullet also opens cover notices ({@code ◎ 刊登的各类公文…}), and
     * an entry is told from them by its title's 关于 or kind of document.
     */
    private static SourceLine withoutBullet(SourceLine line) {
        String s = line.text().strip();
        if (s.isEmpty() || BULLETS.indexOf(s.charAt(0)) < 0) return line;
        String rest = s.substring(1).strip();
        String title = TITLE_AND_PAGE.matcher(rest).replaceFirst("$1");
        boolean entry = rest.contains("关于") || DocumentTypes.endsWithTypeWord(Text.squeeze(LineShapes.withoutTrailingRemark(title)));
        return entry ? new SourceLine(line.number(), rest) : line;
    }

    private static Optional<Item> classify(SourceLine line) {
        String text = line.text();
        Optional<String> section = LineShapes.bracketSection(text);
        if (section.isPresent()) return Optional.of(new Section(section.get(), line.number()));
        Matcher m = REFERENCE.matcher(text);
        if (m.matches()) {
            Optional<Reference> reference = reference(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), line.number());
            if (reference.isPresent()) return Optional.of(reference.get());
        }
        if (LineShapes.isBareSection(text)) return Optional.of(new Section(Text.squeeze(text), line.number()));
        return Optional.of(new TitleLine(LineShapes.withoutListDash(text), line.number()));
    }

    /**
     * A line holding a whole entry (or a wrapped title's last piece and the rest): the title, then its
     * reference; empty when the line is not such an entry (a reference line alone is classified apart).
     */
    private static List<Item> entryOnOneLine(SourceLine line) {
        String text = line.text();
        if (REFERENCE.matcher(text).matches()) return List.of();
        Matcher m = TITLE_AND_REFERENCE.matcher(text);
        if (m.matches() && Text.cjkCount(m.group(1)) >= 2) {
            String page = m.group(3) != null ? m.group(3) : m.group(4);
            Optional<Reference> reference = reference(m.group(2), page, line.number());
            if (reference.isEmpty()) { // an order listed by its header: 中华人民共和国商务部令（2024年第1号）
                reference = Identifiers.orderHeaderLine(m.group(1) + " " + m.group(2))
                        .map(o -> new Reference(null, null, o, page(page), line.number()));
            }
            if (reference.isEmpty()) { // an announcement likewise, without its year: …常务委员会公告（第12号）
                reference = Identifiers.yearlessAnnouncement(m.group(1) + " " + m.group(2))
                        .map(n -> new Reference(n, null, null, page(page), line.number()));
            }
            if (reference.isPresent()) return List.of(new TitleLine(LineShapes.withoutListDash(m.group(1)), line.number()), reference.get());
        }
        Matcher p = TITLE_AND_PAGE.matcher(text);
        if (p.matches() && Text.cjkCount(p.group(1)) >= 2) {
            String page = p.group(2) != null ? p.group(2) : p.group(3);
            // A reference without brackets before the page: 京政发〔2024〕8号……2; an order listed by its header, 国务院令第797号……13.
            Optional<OrderNumber> order = Identifiers.orderHeaderLine(p.group(1));
            if (order.isPresent()) {
                return List.of(new TitleLine(order.get().issuer() + "令", line.number()),
                        new Reference(null, null, order.get(), page(page), line.number()));
            }
            Optional<Reference> bare = bareReference(p.group(1), page, line.number());
            if (bare.isPresent()) return List.of(bare.get());
            // A title and its page, no number: 市场监督管理…规定……（10）
            return List.of(new TitleLine(LineShapes.withoutListDash(p.group(1)), line.number()),
                    new Reference(null, null, null, page(page), line.number()));
        }
        return List.of();
    }

    private static Integer page(String page) {
        return page == null ? null : Integer.valueOf(page);
    }

    /** A 文号 or registration code that is all of {@code text}, as a reference to the page given. */
    private static Optional<Reference> bareReference(String text, String page, int line) {
        Optional<DocumentNumber> number = Identifiers.documentNumberLine(text);
        if (number.isPresent()) return Optional.of(new Reference(number.get(), null, null, page(page), line));
        return Identifiers.registrationLine(text).map(code -> new Reference(null, code, null, page(page), line));
    }

    /** What a reference's brackets hold, if it names a document: 文号, 令号 or registration code. */
    private static Optional<Reference> reference(String inside, String page, int line) {
        DocumentNumber number = Identifiers.documentNumbers(inside).stream().findFirst()
                .map(Identifiers.Found::value).orElse(null);
        OrderNumber order = Identifiers.orderNumbers(inside).stream().findFirst()
                .map(Identifiers.Found::value).orElse(null);
        RegistrationCode code = Identifiers.registrationCodes(inside).stream().findFirst().orElse(null);
        if (number == null && order == null && code == null) return Optional.empty();
        return Optional.of(new Reference(number, code, order, page(page), line));
    }

    /** Pairs title lines with references, in the order the first entry shows. */
    private static List<TocEntry> pair(List<Item> items, Diagnostics diagnostics) {
        boolean referenceFirst = false;
        for (Item item : items) {
            if (item instanceof TitleLine) break;
            if (item instanceof Reference) {
                referenceFirst = true;
                break;
            }
        }
        // A 目录 that prints no page at all lists some documents by their titles alone; one that prints pages should not.
        boolean printsPages = items.stream().anyMatch(item -> item instanceof Reference r && r.page() != null);
        List<TocEntry> entries = new ArrayList<>();
        String section = null;
        List<TitleLine> title = new ArrayList<>();
        Reference pending = null;
        for (Item item : items) {
            if (item instanceof Section s) {
                flush(entries, section, title, pending, printsPages, diagnostics);
                title.clear();
                pending = null;
                section = s.name();
            } else if (item instanceof TitleLine t) {
                if (!referenceFirst && !title.isEmpty() && endsATitle(title) && startsATitle(t.text())) {
                    flush(entries, section, title, null, printsPages, diagnostics); // a title listed without a page
                    title.clear();
                }
                title.add(t);
            } else if (item instanceof Reference r) {
                if (referenceFirst) {
                    flush(entries, section, title, pending, printsPages, diagnostics);
                    title.clear();
                    pending = r;
                } else {
                    flush(entries, section, title, r, printsPages, diagnostics);
                    title.clear();
                }
            }
        }
        flush(entries, section, title, pending, printsPages, diagnostics);
        return entries;
    }

    /**
     * The title so far is whole: it ends with a kind of document ({@code …的决定}) or is a law
     * ({@code 中华人民共和国…法}); one with 关于 ends …的 and its kind ({@code 关于印发…条例} is not whole).
     */
    private static boolean endsATitle(List<TitleLine> title) {
        String text = Text.squeeze(Text.joinPieces(title.stream().map(TitleLine::text).toList()));
        return (DocumentTypes.endsWithTypeWord(text) || LAW.matcher(text).matches())
                && (!text.contains("关于") || ABOUT_ENDED.matcher(text).matches());
    }

    /**
     * A piece that opens a title of its own ({@code 全国人民代表大会常务委员会关于…}, {@code 中华人民共和国…}, a header
     * {@code 湖南省人民代表大会常务委员会公告}), not the rest of one wrapped ({@code 实施细则的通知}, {@code 》的通知}).
     */
    private static boolean startsATitle(String piece) {
        String s = Text.squeeze(piece);
        Matcher issued = ISSUER_THEN_ABOUT.matcher(s);
        Matcher header = HEADER.matcher(s);
        return s.startsWith("关于") || s.startsWith("中华人民共和国") || issued.lookingAt() && LineShapes.isOrgan(issued.group(1))
                || header.matches() && LineShapes.isOrgan(header.group(1))
                // a title whole in itself, a regulation's (节约用水条例): the rest of a wrapped one has its 的 (实施细则的通知)
                // or goes on from the law or regulation before it (…土地管理法 / 实施条例)
                || s.length() >= 4 && DocumentTypes.endsWithTypeWord(s) && s.indexOf('的') < 0 && CONNECTORS.indexOf(s.charAt(0)) < 0
                && !GOES_ON.matcher(s).lookingAt();
    }

    private static void flush(List<TocEntry> entries, String section, List<TitleLine> title, Reference reference,
                              boolean printsPages, Diagnostics diagnostics) {
        if (title.isEmpty() && reference == null) return;
        if (title.isEmpty()) {
            diagnostics.warn(reference.line(), "toc-reference-without-title",
                    "a table-of-contents reference has no title before or after it");
            return;
        }
        String text = Text.squeeze(Text.joinPieces(title.stream().map(TitleLine::text).toList()));
        int line = title.get(0).line();
        if (reference == null) {
            if (printsPages) {
                diagnostics.warn(line, "toc-title-without-reference", "table-of-contents entry has no number or page line: " + text);
            }
            entries.add(new TocEntry(section, text, null, null, null, null, line));
            return;
        }
        entries.add(new TocEntry(section, text, reference.number(), reference.registration(), reference.order(),
                reference.page(), Math.min(line, reference.line())));
    }
}
