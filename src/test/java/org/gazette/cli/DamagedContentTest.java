package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever damage a source has, the archive is built and published: the sample's sources damaged at
 * random the way text out of PDFs is — lines broken or run together, lines lost, repeated or swapped,
 * page numbers and running heads among the text, stray spaces, characters and control characters,
 * brackets and digits misread, a file cut short — and its editor's files (sidecars, pages, people,
 * gazette.yaml) with a slip or two, and built clean. What the parser cannot place is a diagnostic; a
 * build that fails, a link it makes to nothing (which keeps the site from being published) or a
 * control character in a file of the site is a bug. A failure names the seed and the damage.
 */
class DamagedContentTest {

    /** Damages per source: enough that most of a source's documents are hit (the sample's have 150–8,000 lines). */
    private static final int DAMAGES = Integer.getInteger("gazette.damages", 100);
    /** Pairs: a character, and what a PDF's text has for it. */
    private static final String[] MISREAD = {"〔[", "〕]", "号弓", "第笫", "年午", "0O", "1l", "：:", "（(", "）)", "《<", "》>", "、,"};

    /** Characters that mean something to the parser, and some that a PDF's text has for no reason. */
    private static final String STRAY = "〔〕[]号第条章节一二三四五六七八九十（）()《》〈〉、。：；0123456789\t\r\f\u000B\u0000\u001B\u0085\uFEFF\u00A0\u200B—-·";

    @TempDir
    Path tmp;

    /** Seeds 1 to 8, or as many as {@code -Dgazette.damagedContent=N} asks for (and {@code -Dgazette.damages=N} per source). */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("gazette.damagedContent", 8));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyDamageIsBuiltAndPublished(long seed) throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), tmp.resolve("content"));
        Random random = new Random(seed);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(content)) {
            sources = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> log = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = new ArrayList<>(Files.readAllLines(source));
            // The editor's files (Markdown, YAML) a few times: a slip, not a PDF's damage.
            int damages = source.toString().endsWith(".txt") ? DAMAGES : random.nextInt(4);
            for (int i = 0; i < damages && !lines.isEmpty(); i++) {
                log.add(content.relativize(source) + ":" + damage(lines, random));
            }
            Files.write(source, lines);
        }
        Cli r = Cli.run("build", "--clean", "--content", content.toString(), "--out", tmp.resolve("site").toString(),
                "--as-of", "2024-12-31");
        assertEquals(0, r.exit(), () -> "seed " + seed + ", damage: " + log + "\n" + r.out() + r.err());
        assertTrue(Files.exists(tmp.resolve("site/index.html")));
        try (Stream<Path> files = Files.walk(tmp.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1); // bytes as they are
                assertTrue(text.chars().noneMatch(c -> c < ' ' && c != '\t' && c != '\n' && c != '\r'),
                        () -> "seed " + seed + ": a control character in " + tmp.resolve("site").relativize(f) + ", damage: " + log);
            }
        }
    }

    /** Damages the lines at a random place, and says how. */
    private static String damage(List<String> lines, Random random) {
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        switch (random.nextInt(13)) {
            case 0 -> {
                lines.set(at, line.substring(0, cut));
                lines.add(at + 1, line.substring(cut));
                return (at + 1) + " broken at " + cut;
            }
            case 1 -> {
                if (at + 1 < lines.size()) lines.set(at, line + lines.remove(at + 1));
                return (at + 1) + " run into the next";
            }
            case 2 -> {
                int n = Math.min(1 + random.nextInt(4), lines.size() - at);
                lines.subList(at, at + n).clear();
                return (at + 1) + " " + n + " lines lost";
            }
            case 3 -> {
                lines.add(at, line);
                return (at + 1) + " repeated";
            }
            case 4 -> {
                if (at + 1 < lines.size()) lines.set(at, lines.set(at + 1, line));
                return (at + 1) + " swapped with the next";
            }
            case 5 -> {
                String noise = switch (random.nextInt(4)) {
                    case 0 -> "— " + (1 + random.nextInt(99)) + " —";
                    case 1 -> String.valueOf(1 + random.nextInt(99));
                    case 2 -> "湖南省人民政府公报";
                    default -> "\f";
                };
                lines.add(at, noise);
                return (at + 1) + " " + noise.strip() + " inserted";
            }
            case 6 -> {
                String space = random.nextBoolean() ? " " : "\u3000";
                lines.set(at, line.substring(0, cut) + space + line.substring(cut));
                return (at + 1) + " a space at " + cut;
            }
            case 7 -> {
                String m = MISREAD[random.nextInt(MISREAD.length)]; // a character, and what it is read as
                lines.set(at, line.replace(m.substring(0, 1), m.substring(1)));
                return (at + 1) + " " + m.charAt(0) + " read as " + m.charAt(1);
            }
            case 8 -> {
                lines.add(at, "");
                return (at + 1) + " a blank line";
            }
            case 9 -> {
                lines.set(at, line.isEmpty() ? line : line.substring(0, cut) + "\uFFFD" + line.substring(Math.min(line.length(), cut + 1)));
                return (at + 1) + " a character unreadable at " + cut;
            }
            case 10 -> {
                if (random.nextInt(8) == 0) {
                    lines.subList(at, lines.size()).clear();
                    return (at + 1) + " the rest cut off";
                }
                lines.set(at, line.repeat(1 + random.nextInt(3)));
                return (at + 1) + " doubled";
            }
            case 11 -> {
                char c = STRAY.charAt(random.nextInt(STRAY.length()));
                lines.set(at, line.substring(0, cut) + c + line.substring(cut));
                return (at + 1) + " " + (c < ' ' ? String.format("U+%04X", (int) c) : String.valueOf(c)) + " at " + cut;
            }
            default -> {
                lines.set(at, line.strip());
                return (at + 1) + " stripped";
            }
        }
    }
}
