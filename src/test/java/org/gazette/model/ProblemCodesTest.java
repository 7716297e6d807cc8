package org.gazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ProblemCodesTest {

    /** The kebab-case strings of the program's sources that are not diagnostic codes. */
    private static final Set<String> NOT_CODES = Set.of(
            "in-force", "not-yet-in-force", // statuses (DocumentStatus)
            "no-store",                     // an HTTP header's value (PreviewServer)
            "data-quality");                // a template's name (SiteRenderer)

    private static final Pattern KEBAB_LITERAL = Pattern.compile("\"([a-z]+(?:-[a-z0-9]+)+)\"");

    /**
     * Every code the program can report has its meaning in the catalogue, and the catalogue has no
     * code the program does not report. Codes are string literals where a diagnostic is made (some
     * passed on to the reader that makes it: YamlValues, TextDecoder), so the sources are read for them.
     */
    @Test
    void theCatalogueHasEveryCodeTheProgramReportsAndNoOther() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEBAB_LITERAL.matcher(Files.readString(file));
                while (m.find()) literals.add(m.group(1));
            }
        }
        assertTrue(literals.containsAll(NOT_CODES), "a string the test says is not a code is gone: " + NOT_CODES);
        literals.removeAll(NOT_CODES);
        Set<String> catalogued = ProblemCodes.catalogue().all().stream().map(ProblemCodes.Meaning::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(literals);
        missing.removeAll(catalogued);
        assertEquals(Set.of(), missing, "codes without a meaning in problem-codes.yaml (or strings to add to NOT_CODES)");
        Set<String> unused = new TreeSet<>(catalogued);
        unused.removeAll(literals);
        assertEquals(Set.of(), unused, "codes in problem-codes.yaml that the program does not report");
        assertTrue(catalogued.size() >= 55, "the sources were read: " + catalogued.size());
    }

    @Test
    void everyMeaningIsSaidInChineseAndInEnglish() {
        for (ProblemCodes.Meaning m : ProblemCodes.catalogue().all()) {
            assertTrue(m.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), m.toString());
            assertTrue(m.about().length() > m.name().length() && m.about().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), m.toString());
            assertTrue(m.en().matches("[\\x20-\\x7e\\p{IsHan}（）…、]+") && m.en().matches(".*[.?]"), m.toString());
        }
        assertEquals("表格中的标记", ProblemCodes.catalogue().of("markup-in-table").orElseThrow().name());
        assertFalse(ProblemCodes.catalogue().of("no-such-code").isPresent());
    }

    @Test
    void aCatalogueEntryWithoutItsThreeTextsOrGivenTwiceIsRefused() throws IOException {
        assertThrows(IOException.class, () -> read("x-y:\n  name: 名\n  about: 说明\n"), "en missing");
        assertThrows(IOException.class, () -> read("x-y:\n  name: 名\n  about: 说明\n  en: Said.\n  eng: Said.\n"), "an unknown key");
        assertThrows(IOException.class, () -> read("x-y:\n  name: [名]\n  about: 说明\n  en: Said.\n"), "not a text");
        assertThrows(IOException.class, () -> read("x-y:\n  name: 名\n  about: 说明\n  en: Said.\n"
                + "x-y:\n  name: 名\n  about: 说明\n  en: Said.\n"), "a code given twice");
        assertThrows(IOException.class, () -> read("- x-y\n"), "not a mapping");
        assertEquals("Said.", read("x-y:\n  name: 名\n  about: 说明\n  en: Said.\n").of("x-y").orElseThrow().en());
    }

    private static ProblemCodes read(String yaml) throws IOException {
        return ProblemCodes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
