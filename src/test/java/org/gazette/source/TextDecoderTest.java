package org.gazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

class TextDecoderTest {

    private static final String PAGE = "---\r\ntitle: 关于本档案\r\n---\r\n本档案收录湖南省政府公报。\r\n";

    @Test
    void aByteOrderMarkIsNotText() {
        byte[] bytes = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_8); // EF BB BF, as Notepad saved UTF-8
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "about.md");
        assertEquals(PAGE, d.text(), "front matter must start the text for it to be found");
        assertEquals("UTF-8", d.encoding());
        assertEquals(List.of(), d.diagnostics());

        byte[] utf16 = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(PAGE, TextDecoder.decode(utf16, "about.md").text());
        assertEquals("UTF-16LE", TextDecoder.decode(utf16, "about.md").encoding());
    }

    @Test
    void gbkAsAChineseWindowsEditorSavesItIsReadAndNoted() {
        TextDecoder.Decoded d = TextDecoder.decode(PAGE.getBytes(Charset.forName("GBK")), "about.md");
        assertEquals(PAGE, d.text());
        assertEquals("GB18030", d.encoding());
        assertEquals(List.of(new Diagnostic("about.md", 0, Severity.INFO, "encoding-detected",
                "not UTF-8; decoded as GB18030 (GBK-compatible) after checking that it reads as Chinese")), d.diagnostics());
        assertEquals(d.diagnostics(), d.diagnostics("page-unreadable"), "a note is not a rejection");
    }

    @Test
    void aRejectionNamesTheLineAndTheByte() {
        byte[] latin1 = "title: Gazette\r\nsecond line\r\nd\u00e9cret n\u00b0 12\n".getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded d = TextDecoder.decode(latin1, "fr.md");
        assertNull(d.text());
        Diagnostic error = d.diagnostics().get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("encoding-unknown", error.code());
        assertEquals(3, error.line(), "CRLF counted once");
        assertEquals("not valid UTF-8 (line 3, byte 0xE9) and not recognisable GB18030/GBK text; convert the file to UTF-8",
                error.message());
        assertEquals("page-unreadable", d.diagnostics("page-unreadable").get(0).code(), "reported as what the file is");
        assertEquals(error.message(), d.diagnostics("page-unreadable").get(0).message());
    }

    @Test
    void aByteOrderMarkThatLiesIsRejected() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', (byte) 0xC3, '\n'};
        Diagnostic error = TextDecoder.decode(bytes, "x.md").diagnostics().get(0);
        assertEquals(2, error.line());
        assertEquals("not valid UTF-8 (line 2, byte 0xC3) though its byte order mark says so; convert the file to UTF-8", error.message());
        assertEquals("b\uFFFD\n", TextDecoder.decodeGazetteText(bytes, "x.txt").text().substring(2), "gazette text: damaged, read");
    }

    @Test
    void aFewBytesThatAreNotUtf8AreDamageReadAsReplacementsNotAWholeFileLost() {
        String line = "第一条　为了规范行政规范性文件管理，根据有关法律法规，结合本省实际，制定本规定。\n";
        byte[] good = (line.repeat(20)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        int cut = line.getBytes(StandardCharsets.UTF_8).length * 6 + 9; // inside line 7, after three ideographs
        System.arraycopy(good, 0, bytes, 0, cut);
        bytes[cut] = (byte) 0xE5; // the first byte of a character whose rest was lost
        System.arraycopy(good, cut, bytes, cut + 1, good.length - cut);

        TextDecoder.Decoded d = TextDecoder.decodeGazetteText(bytes, "2024-14.txt");
        assertEquals("UTF-8", d.encoding());
        assertEquals(line.repeat(6) + "第一条\uFFFD" + line.substring(3) + line.repeat(13), d.text());
        assertEquals(List.of(new Diagnostic("2024-14.txt", 7, Severity.WARNING, "encoding-damaged",
                "1 byte sequence not UTF-8, the first on line 7, read as U+FFFD: characters are missing there")), d.diagnostics());

        SourceReader.Result lines = new SourceReader().decode(bytes, "2024-14.txt");
        assertEquals(List.of("encoding-damaged 7", "replacement-character 7"),
                lines.diagnostics().stream().map(x -> x.code() + " " + x.line()).toList(), "and the line is flagged as damaged text is");

        assertNull(TextDecoder.decode(bytes, "people.md").text(), "an editor's file is all or nothing");
        byte[] twice = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, twice, 0, bytes.length);
        twice[bytes.length] = (byte) 0xE5;
        assertNull(TextDecoder.decodeGazetteText(twice, "2024-14.txt").text(), "two in 900 characters: not damage but another encoding");
    }

    @Test
    void controlCharactersInAnEditorsFileAreReadAsSpacesWithAWarningOnTheirLines() {
        byte[] bytes = "title: 关于\u001b[31m\r\n\r\nnote: 甲\u0007乙\u0085丙\rtab\tkept\n".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "about.md");
        assertEquals("title: 关于 [31m\r\n\r\nnote: 甲 乙 丙\rtab\tkept\n", d.text());
        assertEquals(List.of("about.md:1: warning [control-character] line has control characters (not text; read as spaces)",
                "about.md:3: warning [control-character] line has control characters (not text; read as spaces)"),
                d.diagnostics().stream().map(Diagnostic::toString).toList(), "one warning a line; CRLF and a lone CR each end one");
        assertEquals("关于\u001b", TextDecoder.decodeGazetteText("关于\u001b".getBytes(StandardCharsets.UTF_8), "a.txt").text(),
                "gazette text is tidied as its lines are split (SourceReaderTest)");
    }
}
