package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void givesTheBytesOfStringGetBytesTextAfterText() {
        String page = "<p id=\"L12\">湖南省人民政府关于印发《湖南省政府投资管理办法》的通知（湘政发〔2024〕9号）</p>\n";
        List<String> texts = List.of(
                page.repeat(2000), // longer than the buffers are at first: they grow
                "", "ascii only", "湘政发〔2024〕9号",
                "a pair of surrogates: 𠀀 𝄞 😀",
                "a lone high surrogate \ud800 and a lone low one \udc00, then one at the end \ud83d",
                page); // shorter than the one before: only its own bytes
        Utf8Buffer buffer = new Utf8Buffer();
        for (String text : texts) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.encode(new StringBuilder(text)),
                    text.length() > 60 ? text.substring(0, 60) : text);
        }
    }
}
