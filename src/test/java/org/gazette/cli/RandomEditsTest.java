package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build is a clean build, byte for byte, after any edit: a seeded sequence of the
 * edits a publisher and an editor make — an issue added (some years on, or the same numbers again),
 * withdrawn or put back, a document citing or repealing another or an article of another, an article
 * added to a cited document, a character or lines changed, a person renamed, a sidecar note, an
 * editor's page added or removed, people merged, a gazette renamed, another day — each followed by
 * an incremental build of one site, a clean build of another, and a rebuild that must write nothing. Every build must publish (exit 0): content's
 * problems are diagnostics, and a link the build made to nothing would stop it. The fixed tests
 * ({@link IncrementalBuildTest}, {@link IncrementalIndexTest}) say what each change writes; this one
 * looks for the change that an incremental build gets wrong. A failure names the seed and the edits.
 */
class RandomEditsTest {

    private static final int EDITS = 9;
    private static final Pattern SUMMARY = Pattern.compile("\\((\\d+) written, (\\d+) unchanged, (\\d+) removed\\)");
    private static final Pattern NUMBER_YEAR = Pattern.compile("〔(20\\d\\d)〕");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)(?=\\s*年)");
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");
    /** Documents of the sample, by title and number, for the sentences that cite or repeal them. */
    private static final List<String[]> CITABLE = List.of(
            new String[] {"湖南省人民政府关于赋予湖南湘江新区第二批省级经济管理权限的通知", "湘政发〔2024〕9号"},
            new String[] {"湖南省省级政务云管理暂行办法", "湘政办发〔2024〕24号"},
            new String[] {"永州市政务大数据管理办法", "永政办发〔2022〕13号"},
            new String[] {"蓝山县政务大数据管理办法", "蓝政办发〔2022〕13号"},
            new String[] {"永州市农村住房质量安全监督管理暂行办法", "永政办发〔2022〕18号"},
            new String[] {"关于做好失业保险援企稳岗保生活工作的通知", "湘人社规〔2024〕8号"},
            new String[] {"湖南省政务数据共享管理办法", "湘政发〔2019〕3号"}); // cited, not in the archive
    /** The document whose article 第九十九条 is cited and added: one, so that the two edits meet. */
    private static final String[] ARTICLE_OF = CITABLE.get(1);
    private static final List<String> DAYS = List.of("2023-06-30", "2024-12-31", "2026-01-15", "2031-07-01");

    @TempDir
    Path tmp;

    private Path content;
    private Path aside;
    private Random random;
    private String asOf;
    private Map<String, byte[]> clean;
    private int made;

    /**
     * The seeds: 1, 2 and 3, or as many as {@code -Dgazette.randomEdits=N} asks for (seeds 1 to N) when
     * hunting for a bug.
     */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("gazette.randomEdits", 3));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyEditBuildsIncrementallyWhatACleanBuildBuilds(long seed) throws IOException {
        content = IncrementalBuildTest.copy(Path.of("content"), tmp.resolve("content"));
        aside = Files.createDirectories(tmp.resolve("aside"));
        random = new Random(seed);
        asOf = "2024-12-31";
        if (seed % 2 == 0) grow();
        Path site = tmp.resolve("site");
        build(site, "seed " + seed + ", the sample" + (seed % 2 == 0 ? " and 150 later issues" : ""));
        clean = IncrementalBuildTest.files(site);
        List<String> edits = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            edits.add(edit());
            String log = "seed " + seed + ", after: " + String.join("; ", edits);
            build(site, log);
            Path fresh = tmp.resolve("clean-" + i);
            build(fresh, log, "--clean");
            clean = IncrementalBuildTest.files(fresh);
            Map<String, byte[]> built = IncrementalBuildTest.files(site);
            List<String> differ = clean.keySet().stream()
                    .filter(p -> !Arrays.equals(clean.get(p), built.get(p))).toList();
            List<String> extra = built.keySet().stream().filter(p -> !clean.containsKey(p)).toList();
            if (!differ.isEmpty() || !extra.isEmpty()) {
                fail(log + "\ndiffer from a clean build: " + differ + "\nonly in the incremental build: " + extra);
            }
            String rebuilt = build(site, log).out();
            Matcher again = SUMMARY.matcher(rebuilt);
            assertTrue(again.find(), rebuilt);
            assertEquals("0 written, 0 removed", again.group(1) + " written, " + again.group(3) + " removed",
                    log + "\na rebuild with nothing changed writes nothing");
            deleteTree(fresh);
        }
    }

    /** Builds the site, which is published whatever the content's problems (a link it cannot make is not one of them). */
    private Cli build(Path site, String log, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "--as-of", asOf));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> log + "\n" + r.out() + r.err());
        return r;
    }

    /** Makes one edit chosen at random, and says what it did. */
    private String edit() throws IOException {
        return switch (random.nextInt(15)) {
            case 0 -> withdraw();
            case 1 -> putBack();
            case 2 -> newIssue();
            case 3 -> insertSentence("根据《%s》（%s）的规定执行。", pick(CITABLE), pick(sources(content)), "a citation");
            case 4 -> insertSentence("《%s》（%s）同时废止。", pick(CITABLE), pick(sources(content)), "a repeal");
            case 5 -> changeText();
            case 6 -> sidecarNote();
            case 7 -> editorsPage();
            case 8 -> mergePeople();
            case 9 -> renamePerson();
            case 10 -> renameGazette();
            case 11 -> removeEditorsPage();
            case 12 -> citeArticle();
            case 13 -> addArticle();
            default -> anotherDay();
        };
    }

    private String withdraw() throws IOException {
        List<Path> sources = sources(content);
        if (sources.size() < 2) return newIssue();
        Path source = pick(sources);
        for (Path p : withSidecar(source)) move(p, content, aside);
        return "withdrew " + content.relativize(source);
    }

    private String putBack() throws IOException {
        List<Path> withdrawn = sources(aside);
        if (withdrawn.isEmpty()) return withdraw();
        Path source = pick(withdrawn);
        for (Path p : withSidecar(source)) move(p, aside, content);
        return "put back " + aside.relativize(source);
    }

    /**
     * A gazette of 150 one-notice issues after the sample's, each citing a document of the sample: the
     * search index then has more entries than it lists the terms of (the newest and the short ones,
     * {@code Bm25Postings.NEWEST_LISTED}), so a change to a long document of the sample is taken out of
     * the index by its text as published; and the cited documents' lists are long ({@code LongList}).
     */
    private void grow() throws IOException {
        Path year = Files.createDirectories(content.resolve("gazettes/test-city/2025"));
        Files.writeString(year.resolveSibling("gazette.yaml"), "name: 测试市人民政府公报\nkind: documents\n");
        for (int n = 1; n <= 150; n++) {
            java.time.LocalDate signed = java.time.LocalDate.of(2025, 1, 1).plusDays(n);
            String[] cited = CITABLE.get(n % CITABLE.size());
            Files.writeString(year.resolve(String.format("c%03d.txt", n)), """
                    测试市人民政府办公室
                    关于做好第%d批数据共享工作的通知

                    测政办发〔2025〕%d号

                    各县市区人民政府，市直各单位：

                    按照《%s》（%s）要求，现就有关事项通知如下。

                    测试市人民政府办公室

                    %d年%d月%d日
                    """.formatted(n, n, cited[0], cited[1], signed.getYear(), signed.getMonthValue(), signed.getDayOfMonth()));
        }
    }

    /** A copy of an issue some years later: its documents' numbers and dates moved, so new documents. */
    private String newIssue() throws IOException {
        Path source = pick(sources(content));
        int years = random.nextInt(4); // 0: the same numbers again, documents that claim one identity
        String text = shift(YEAR, shift(NUMBER_YEAR, Files.readString(source), years), years);
        Path copy = source.resolveSibling("copy-" + ++made + ".txt");
        Files.writeString(copy, text);
        return "added " + content.relativize(copy) + " (" + content.relativize(source) + " " + years + " years on)";
    }

    private static String shift(Pattern year, String text, int years) {
        return year.matcher(text).replaceAll(m -> m.group().replace(m.group(1), String.valueOf(Integer.parseInt(m.group(1)) + years)));
    }

    /** A sentence naming a document of the sample, after a sentence of some document's body in a source. */
    private String insertSentence(String sentence, String[] cited, Path source, String what) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(source));
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).length() > 20 && lines.get(i).endsWith("。")) ends.add(i);
        if (ends.isEmpty()) return changeText();
        int at = pick(ends) + 1;
        lines.add(at, sentence.formatted(cited[0], cited[1]));
        Files.write(source, lines);
        return what + " of " + cited[1] + " at " + content.relativize(source) + ":" + (at + 1);
    }

    /** A citation of the article {@link #addArticle} gives, in a source other than the cited document's (whose change would hide a kept page's). */
    private String citeArticle() throws IOException {
        List<Path> others = new ArrayList<>();
        for (Path source : sources(content)) if (!Files.readAllLines(source).contains(ARTICLE_OF[1])) others.add(source);
        return others.isEmpty() ? anotherDay()
                : insertSentence("依照《%s》（%s）第九十九条的规定办理。", ARTICLE_OF, pick(others), "a citation of an article");
    }

    /**
     * An article 第九十九条 given to a document of the sample, after its 文号: what a page citing that
     * article links to changes, and nothing else of the citing page (its mentions remembered between
     * builds must tell).
     */
    private String addArticle() throws IOException {
        String number = ARTICLE_OF[1];
        for (Path source : sources(content)) {
            List<String> lines = new ArrayList<>(Files.readAllLines(source));
            int at = lines.indexOf(number);
            if (at < 0) continue;
            lines.add(at + 1, "第九十九条　本办法由编者补入。");
            Files.write(source, lines);
            return "an article 第九十九条 in " + number + " at " + content.relativize(source) + ":" + (at + 2);
        }
        return "nothing changed";
    }

    /** A character changed or a few lines dropped, as a PDF's text damages a source. */
    private String changeText() throws IOException {
        Path source = pick(sources(content));
        List<String> lines = new ArrayList<>(Files.readAllLines(source));
        int at = random.nextInt(lines.size());
        if (random.nextBoolean()) {
            int n = Math.min(1 + random.nextInt(3), lines.size() - at);
            lines.subList(at, at + n).clear();
            Files.write(source, lines);
            return "dropped " + n + " lines at " + content.relativize(source) + ":" + (at + 1);
        }
        Matcher han = HAN.matcher(lines.get(at));
        if (!han.find()) return "nothing changed";
        lines.set(at, lines.get(at).substring(0, han.start()) + "某" + lines.get(at).substring(han.end()));
        Files.write(source, lines);
        return "a character changed at " + content.relativize(source) + ":" + (at + 1);
    }

    private String sidecarNote() throws IOException {
        Path source = pick(sources(content));
        Path sidecar = sidecarOf(source);
        String number = pick(CITABLE)[1];
        boolean slip = random.nextInt(3) == 0; // a mistyped key beside it: told, the note applied all the same
        Files.writeString(sidecar, "---\ndocuments:\n  - doc: " + number + "\n    note: 编者注" + ++made + "。\n"
                + (slip ? "    nots: 拼错\n" : "") + "---\n");
        return "a note on " + number + " in " + content.relativize(sidecar) + (slip ? ", with a mistyped key" : "");
    }

    private String editorsPage() throws IOException {
        List<String> documents = clean.keySet().stream().filter(p -> p.startsWith("documents/")).sorted().toList();
        String target = (random.nextInt(4) == 0 ? "documents/不存在.html" : pick(documents))
                + pick(List.of("", "", "#附件", "#不存在")); // an anchor the page may not have: told before the pages render
        Path page = content.resolve("pages/note-" + random.nextInt(2) + ".md");
        Files.writeString(page, "---\ntitle: 编者按" + ++made + "\n---\n\n见[此文件](../" + target + ")。\n");
        return "the editor's page " + content.relativize(page) + " links to " + target;
    }

    private String mergePeople() throws IOException {
        List<String> people = clean.keySet().stream().filter(p -> p.matches("people/[^/]+\\.html"))
                .map(p -> p.substring("people/".length(), p.length() - ".html".length())).sorted().toList();
        if (people.size() < 2) return anotherDay();
        String into = pick(people);
        String other = pick(people);
        Files.writeString(content.resolve("curation/people.md"), "---\ncorrect: []\nsplit: []\nmerge:\n  - into: " + into
                + "\n    people: [" + other + "]\n    reason: 同一人\n---\n");
        return "merged " + other + " into " + into;
    }

    /** A name in an appointment notice, everywhere in its source, read another way. */
    private String renamePerson() throws IOException {
        Path source = pick(sources(content));
        String text = Files.readString(source);
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("([\\u4e00-\\u9fff]{2,3})同志").matcher(text);
        while (m.find()) names.add(m.group(1));
        if (names.isEmpty()) return changeText();
        String name = pick(names);
        String other = name.charAt(0) + "某" + name.substring(2);
        Files.writeString(source, text.replace(name + "同志", other + "同志"));
        return "renamed " + name + " " + other + " in " + content.relativize(source);
    }

    private String renameGazette() throws IOException {
        List<Path> infos;
        try (Stream<Path> walk = Files.walk(content.resolve("gazettes"), 2)) {
            infos = walk.filter(p -> p.getFileName().toString().equals("gazette.yaml")).sorted().toList();
        }
        Path info = pick(infos);
        String yaml = Files.readString(info).replaceFirst("(?m)^name: (.*)$", "name: $1（" + ++made + "）");
        Files.writeString(info, yaml);
        return "renamed the gazette of " + content.relativize(info);
    }

    private String removeEditorsPage() throws IOException {
        List<Path> pages;
        try (Stream<Path> list = Files.list(content.resolve("pages"))) {
            pages = list.sorted().toList();
        }
        if (pages.isEmpty()) return editorsPage();
        Path page = pick(pages);
        Files.delete(page);
        return "removed the editor's page " + content.relativize(page);
    }

    private String anotherDay() {
        asOf = pick(DAYS);
        return "built as of " + asOf;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** The sources edits are made to: the sample's and their copies (the grown gazette is the background). */
    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("test-city")).sorted().toList();
        }
    }

    private static Path sidecarOf(Path source) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".md");
    }

    private static List<Path> withSidecar(Path source) {
        Path sidecar = sidecarOf(source);
        return Files.exists(sidecar) ? List.of(source, sidecar) : List.of(source);
    }

    private static void move(Path file, Path from, Path to) throws IOException {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.move(file, target);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
