package org.gazette.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Reads a source file into lines, detecting its encoding.
 *
 * <p>UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such. Text that is not valid
 * UTF-8 is tried as GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese text) and
 * accepted only when the result reads as Chinese text; otherwise the file is rejected with an error,
 * so that no mojibake ever reaches the archive.
 */
public final class SourceReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of characters that must be plausible in Chinese text for a GB18030 reading to be believed. */
    private static final double PLAUSIBLE_SHARE = 0.97;

    /** The outcome of reading: the text, or null when the file was rejected, and what was noticed. */
    public record Result(SourceText text, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result read(Path path, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return rejected(displayName, "read-failed", "cannot read file: " + e.getMessage());
        }
        return decode(bytes, displayName);
    }

    public Result decode(byte[] bytes, String displayName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        String encoding;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8";
            text = strictDecode(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            encoding = "UTF-16LE";
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16BE";
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            encoding = "UTF-8";
            text = strictDecode(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                String gb = strictDecode(bytes, 0, GB18030);
                if (gb != null && plausibleChinese(gb)) {
                    encoding = "GB18030";
                    text = gb;
                    diagnostics.add(new Diagnostic(displayName, 0, Severity.INFO, "encoding-detected",
                            "not UTF-8; decoded as GB18030 (GBK-compatible) after checking that it reads as Chinese"));
                }
            }
        }
        if (text == null) {
            return rejected(displayName, "encoding-unknown",
                    "not valid " + encoding + " and not recognisable GB18030/GBK text; convert the file to UTF-8");
        }
        SourceText source = new SourceText(displayName, encoding, LineSplitter.split(text));
        reportReplacementCharacters(source, diagnostics);
        return new Result(source, diagnostics);
    }

    /** U+FFFD in the input means text was already lost upstream (often a truncated line): report it. */
    private static void reportReplacementCharacters(SourceText source, List<Diagnostic> diagnostics) {
        for (SourceLine line : source.lines()) {
            String t = line.text();
            int at = t.indexOf('\uFFFD');
            if (at >= 0) {
                boolean atEnd = t.strip().endsWith("\uFFFD");
                diagnostics.add(new Diagnostic(source.file(), line.number(), Severity.WARNING,
                        atEnd ? "truncated-line" : "replacement-character",
                        atEnd ? "line ends in U+FFFD: the extraction cut it off, text is missing here"
                              : "line contains U+FFFD: characters were lost in extraction"));
            }
        }
    }

    private static Result rejected(String file, String code, String message) {
        return new Result(null, List.of(new Diagnostic(file, 0, Severity.ERROR, code, message)));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own decoding is several times faster; it replaces what is malformed with U+FFFD,
            // so a text without U+FFFD was valid (one with it is checked strictly).
            String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) return fast;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * True when nearly every character is one that Chinese government text uses: ASCII, common CJK
     * ideographs, CJK and full-width punctuation. A wrong decoding scatters rare ideographs, private
     * use and symbol characters instead.
     */
    static boolean plausibleChinese(String text) {
        long total = 0;
        long plausible = 0;
        long cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            total++;
            if (c < 0x80 || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2010 && c <= 0x206F) || c == 0x00B7) {
                plausible++;
            } else if (c >= 0x4E00 && c <= 0x9FA5) {
                plausible++;
                cjk++;
            }
        }
        return total > 0 && cjk > 0 && plausible >= PLAUSIBLE_SHARE * total;
    }
}
