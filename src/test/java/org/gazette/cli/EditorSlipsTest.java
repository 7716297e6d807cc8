package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/**
 * Nothing an editor writes in YAML is ignored without a word: every key of every editor's file of
 * the sample (with a sidecar and a people file that use every key they may) is slipped in turn, in
 * each of the ways a hand slips — the key mistyped, one value written as a list, a list or mapping
 * written as one value, the key given twice, a bracket left open — and each slip must add a problem
 * in that file to what {@code gazette check} says of the editor's files.
 */
class EditorSlipsTest {

    /** A line that gives a key: its indent (with a list item's dash), the key, and the value on the line. */
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([a-z_]+):(\\s*)(.*)$");

    private static final String SIDECAR = """
            ---
            # every key a sidecar's entry may have
            documents:
              - doc: 湘卫发〔2024〕4号
                note: 此单行本未印发文机关和成文日期。
                reason: 核对原件
                status: in-force
                status_reason: 仍然有效
                set:
                  title: 关于印发《全面推进紧密型县域医疗卫生共同体建设的实施方案》的通知
                  signed: 2024-06-28
                text:
                  - line: 30
                    from: 医共体
                    to: 医疗卫生共同体
              - line: 12
                note: 按行号找到的文件
            ---
            """;

    private static final String PEOPLE = """
            ---
            correct:
              - notice: 永政人〔2022〕14号
                person: 王军
                line: 1300
                set: {post: 督查专员}
                reason: 核对原件
            split:
              - person: 永州市-王军
                notice: 永政人〔2022〕14号
                reason: 同名不同人
            merge:
              - into: 永州市-王军
                people: [永州市-何俊华]
                reason: 同一人
            ---
            """;

    @TempDir
    Path tmp;

    @Test
    void everySlipOfEveryKeyIsTold() throws IOException {
        Path content = IncrementalBuildTest.copy(Path.of("content"), tmp.resolve("content"));
        Files.writeString(content.resolve("gazettes/hunan-health-commission/2024/xiangweifa-2024-4.md"), SIDECAR);
        Files.writeString(content.resolve("curation/people.md"), PEOPLE);
        Map<Path, ParsedSource> sources = new LinkedHashMap<>();
        SourceReader reader = new SourceReader();
        for (Path text : ContentTree.textFiles(content)) {
            String name = ContentTree.nameOf(content, text);
            sources.put(text, new SourceParser().parse(reader.read(text, name), name));
        }
        Set<String> before = told(content, sources);
        assertTrue(before.stream().noneMatch(d -> d.contains(": error [")), "the files as written have no error: " + before);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md") || p.endsWith("gazette.yaml"))
                    .sorted().toList();
        }
        int slips = 0;
        List<String> untold = new ArrayList<>();
        for (Path file : files) {
            String name = ContentTree.nameOf(content, file);
            List<String> lines = Files.readAllLines(file);
            boolean frontMatter = file.toString().endsWith(".md");
            int end = frontMatter ? lines.subList(1, lines.size()).indexOf("---") + 1 : lines.size();
            for (int at = frontMatter ? 1 : 0; at < end; at++) {
                Matcher key = KEY.matcher(lines.get(at));
                if (!key.matches()) continue;
                for (Map.Entry<String, List<String>> slip : slips(lines, at, key).entrySet()) {
                    Files.write(file, slip.getValue());
                    Set<String> after = told(content, sources);
                    after.removeAll(before);
                    if (after.stream().noneMatch(d -> d.startsWith(name + ":"))) {
                        untold.add(name + ":" + (at + 1) + " " + slip.getKey());
                    }
                    slips++;
                }
                Files.write(file, lines);
            }
        }
        assertEquals(List.of(), untold, "slips said nothing of (of " + slips + ")");
        assertTrue(slips > 100, "slips tried: " + slips);
    }

    /** The slips of the key on a line, each named, as the whole file it makes. */
    private static Map<String, List<String>> slips(List<String> lines, int at, Matcher key) {
        String indent = key.group(1);
        String name = key.group(2);
        String value = key.group(4);
        Map<String, List<String>> slips = new LinkedHashMap<>();
        slips.put("key mistyped", with(lines, at, indent + name + "x:" + key.group(3) + value));
        if (value.isEmpty()) {
            // A list or a mapping on the lines below written as one value.
            List<String> slipped = new ArrayList<>(with(lines, at, indent + name + ": 一个值"));
            while (at + 1 < slipped.size() && indentOf(slipped.get(at + 1)) > indent.length()
                    && !slipped.get(at + 1).strip().equals("---")) {
                slipped.remove(at + 1);
            }
            slips.put("one value for a list or mapping", slipped);
        } else if (value.startsWith("[")) {
            slips.put("a mapping for a list", with(lines, at, indent + name + ": {一: " + value + "}"));
        } else if (value.startsWith("{")) {
            slips.put("a list for a mapping", with(lines, at, indent + name + ": [" + value + "]"));
        } else {
            slips.put("a list for one value", with(lines, at, indent + name + ": [" + value + "]"));
        }
        List<String> twice = new ArrayList<>(lines);
        twice.add(at + 1, " ".repeat(indent.length()) + name + ": " + (value.isEmpty() ? "~" : value));
        slips.put("key given twice", twice);
        slips.put("bracket left open", with(lines, at, indent + name + ": [" + value));
        return slips;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) i++;
        return line.isBlank() ? Integer.MAX_VALUE : i;
    }

    private static List<String> with(List<String> lines, int at, String line) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(at, line);
        return changed;
    }

    private static Set<String> told(Path content, Map<Path, ParsedSource> sources) {
        Set<String> told = new HashSet<>();
        for (Diagnostic d : EditorFilesCheck.of(content, sources)) told.add(d.toString());
        return told;
    }
}
