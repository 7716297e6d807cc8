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

class SourceReaderTest {

    private static final String TEXT = "湖南省人民政府公报\r\n\r\n湘政发〔２０２４〕９号\r\n 蓝山县人民政府\n";
    private final SourceReader reader = new SourceReader();

    @Test
    void readsUtf8WithBomAndCrlfAndTidiesWhiteSpaceAndFullWidthDigits() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceReader.Result r = reader.decode(bytes, "a.txt");
        List<SourceLine> lines = r.text().lines();
        assertEquals(4, lines.size());
        assertEquals("湖南省人民政府公报", lines.get(0).text(), "no BOM left");
        assertEquals("湘政发〔2024〕9号", lines.get(2).text());
        assertEquals(" 蓝山县人民政府", lines.get(3).text(), "the leading space of a page start is kept");
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void detectsGb18030AndSaysSo() {
        SourceReader.Result r = reader.decode(TEXT.getBytes(Charset.forName("GBK")), "gbk.txt");
        assertEquals("GB18030", r.text().encoding());
        assertEquals("湖南省人民政府公报", r.text().line(1).text());
        assertEquals("encoding-detected", r.diagnostics().get(0).code());
    }

    @Test
    void rejectsTextThatIsNeitherUtf8NorChinese() {
        byte[] latin1 = "Gazette officielle de la République, décret n° 12".getBytes(StandardCharsets.ISO_8859_1);
        SourceReader.Result r = reader.decode(latin1, "fr.txt");
        assertNull(r.text());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("encoding-unknown", d.code());
        assertTrue(d.message().contains("UTF-8"));
    }

    @Test
    void controlCharactersAreReadAsSpacesAndAWarningButThePageAndLineFeedsOfPdfText() {
        SourceReader.Result r = reader.decode("第一条\f\n湖南省\u000b人民政府\n城市\u001b[31m房地产\u0000办法\u0085\n\t表格\n"
                .getBytes(StandardCharsets.UTF_8), "t.txt");
        assertEquals(List.of("第一条", "湖南省 人民政府", "城市 [31m房地产 办法", "\t表格"),
                r.text().lines().stream().map(SourceLine::text).toList());
        assertEquals(List.of("t.txt:3: warning [control-character] line has control characters (not text; read as spaces)"),
                r.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void reportsLinesWhereExtractionLostCharacters() {
        SourceReader.Result r = reader.decode("第一行\n被截断的一行\uFFFD\n中\uFFFD间\n".getBytes(StandardCharsets.UTF_8), "t.txt");
        assertEquals(List.of("truncated-line", "replacement-character"), r.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(List.of(2, 3), r.diagnostics().stream().map(Diagnostic::line).toList());
    }
}
