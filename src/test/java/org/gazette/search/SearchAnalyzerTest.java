package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The analysis with its plain runs ({@link PlainRuns}) must give exactly what Lucene's analysis
 * gives over the whole text: the same terms at the same offsets, in the same order.
 */
class SearchAnalyzerTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    @Test
    void plainRunsGiveLucenesTokens() {
        assertEquals(List.of("湘政@0", "政发@1", "2024@4", "9@9", "号@10", "关于@12", "于印@13", "hnpr@16", "2024@21"),
                tokens("湘政发〔2024〕9号 关于印 HNPR-2024"));
        assertSame("湘政发〔2024〕9号 关于印 HNPR-2024");
    }

    @Test
    void everyCharacterOfTheBasicPlaneBesideARunIsAnalysedAsLuceneDoes() {
        // Each character between, before and after runs of both kinds, and with the characters
        // that join words: whatever it is, it must not change what the runs give.
        String[] contexts = {"政府%s公报", "%s政府", "政府%s", "公%s报", "ab%scd", "%s12", "12%s", "3%s5", "a%s年", "年%sx",
            "%s\u20E3", "%s\uFE0F", "x:%s", "1.%s2", "%s\u3099", "ア%s"};
        int checked = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) continue;
            for (String context : contexts) {
                assertSame(context.replace("%s", String.valueOf(c)));
                checked++;
            }
        }
        assertTrue(checked > 1_000_000);
    }

    @Test
    void randomTextsAreAnalysedAsLuceneDoes() {
        // Characters of every kind the runs meet or must not meet: ideographs (and the unassigned
        // end of their block), kana, hangul, full-width forms, ASCII, joiners, marks, characters
        // outside the basic plane (whole: a decoded file has no lone surrogates).
        String alphabet = "政府公报湘发〇々〆ぁアｱ한ＡＢａ１２０，．：；＇＂（）　、。《》〔〕“”‘’—…·ab09AZ .,;:'_-/#*@\t\n"
                + "\u200D\u200C\uFE0F\u20E3\u0301\u3099\u9FFF\u9FF0\u4DBF\uFA0E\uF900\u00E9\u0660\u2024\u2027\uD840\uDC00\uD83D\uDE00";
        int[] characters = alphabet.codePoints().toArray();
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) text.appendCodePoint(characters[random.nextInt(characters.length)]);
            assertSame(text.toString());
        }
    }

    @Test
    void theSampleArchivesTextsAreAnalysedAsLuceneDoes() throws IOException {
        List<Path> texts;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            texts = walk.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(texts.size() >= 4, "the sample archive's gazettes");
        for (Path p : texts) assertSame(Files.readString(p, StandardCharsets.UTF_8));
    }

    private void assertSame(String text) {
        List<String> lucene = new ArrayList<>();
        analyzer.analyse(text, 0, (term, length, offset) -> lucene.add(new String(term, 0, length) + "@" + offset));
        assertEquals(lucene, tokens(text), () -> "the tokens of " + escaped(text));
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int count = analyzer.forEachToken(text, (term, length, offset) -> out.add(new String(term, 0, length) + "@" + offset));
        assertEquals(out.size(), count);
        return out;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) out.append(c < 0x80 && c >= ' ' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return out.toString();
    }
}
