package org.gazette.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Decodes the bytes of a file an editor or a PDF extraction made — gazette text, curated Markdown —
 * detecting its encoding.
 *
 * <p>UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such. Text that is not valid
 * UTF-8 is tried as GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese text, and
 * what a Chinese Windows editor saves by default) and accepted only when the result reads as Chinese
 * text; else gazette text of which only a few bytes are not UTF-8 is read as damaged UTF-8
 * ({@link #decodeGazetteText}); otherwise the file is rejected with an error naming the line of the
 * first byte that is not UTF-8, so that no mojibake ever reaches the archive.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of characters that must be plausible in Chinese text for a GB18030 reading to be believed. */
    private static final double PLAUSIBLE_SHARE = 0.97;
    /**
     * Gazette text in UTF-8 with one sequence that is not UTF-8, or at most one in this many
     * characters, is damaged, not in another encoding: text in one that is not GB18030 breaks on
     * nearly every character that is not ASCII.
     */
    private static final int DAMAGE_PER_MILLE = 1000;

    private TextDecoder() {
    }

    /**
     * A file's text, or null when it was rejected; its encoding; and what was noticed: the encoding
     * when it was detected (a note), or why the file was rejected (an error).
     */
    public record Decoded(String text, String encoding, List<Diagnostic> diagnostics) {
        public Decoded {
            diagnostics = List.copyOf(diagnostics);
        }

        /** What was noticed, a rejection reported under the code of what the file is to its reader (a sidecar, a page). */
        public List<Diagnostic> diagnostics(String rejectedCode) {
            return diagnostics.stream().map(d -> d.severity() != Severity.ERROR ? d
                    : new Diagnostic(d.file(), d.line(), d.severity(), rejectedCode, d.message())).toList();
        }
    }

    /** Reads and decodes an editor's file ({@link #decode}); one that cannot be read is rejected with {@code read-failed}. */
    public static Decoded read(Path file, String displayName) {
        return read(file, displayName, false);
    }

    /** Reads and decodes gazette text ({@link #decodeGazetteText}); one that cannot be read is rejected with {@code read-failed}. */
    public static Decoded readGazetteText(Path file, String displayName) {
        return read(file, displayName, true);
    }

    private static Decoded read(Path file, String displayName, boolean damageAllowed) {
        try {
            return decode(Files.readAllBytes(file), displayName, damageAllowed);
        } catch (IOException e) {
            return new Decoded(null, null, List.of(new Diagnostic(displayName, 0, Severity.ERROR, "read-failed",
                    "cannot read file: " + why(file, e))));
        }
    }

    /** Why a file could not be read, in words: the JDK's message for a file not there or not readable is its path alone. */
    static String why(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            try {
                if (Files.isSymbolicLink(file)) return "it is a link to " + Files.readSymbolicLink(file) + ", which is not there";
            } catch (IOException | UnsupportedOperationException notALink) {
                // said as a file not there
            }
            return "it is not there (removed while the build ran?)";
        }
        if (e instanceof AccessDeniedException) return "permission denied (its owner and mode do not let this user read it)";
        return e.getMessage();
    }

    /** Decodes a file's bytes; one in no encoding it knows is rejected with {@code encoding-unknown}. */
    public static Decoded decode(byte[] bytes, String displayName) {
        return decode(bytes, displayName, false);
    }

    /**
     * Decodes gazette text, where a few bytes that are not UTF-8 in UTF-8 text are damage like the
     * rest of what PDF extraction does to it — a character cut in two where files were joined — and
     * are read as U+FFFD with a warning ({@code encoding-damaged}): one stray byte dropped a whole
     * issue. An editor's file stays all or nothing: a correction read with a character missing
     * would be applied as it is.
     */
    public static Decoded decodeGazetteText(byte[] bytes, String displayName) {
        return decode(bytes, displayName, true);
    }

    private static Decoded decode(byte[] bytes, String displayName, boolean damageAllowed) {
        Decoded decoded = decodeOnly(bytes, displayName, damageAllowed);
        // Gazette text is tidied line by line as it is split (LineSplitter); an editor's file here.
        return damageAllowed || decoded.text() == null ? decoded : withoutControlCharacters(decoded, displayName);
    }

    /**
     * An editor's text with its {@linkplain ControlCharacters control characters} read as spaces,
     * each line that had one a warning: through a title, a note or a correction they would reach pages.
     */
    private static Decoded withoutControlCharacters(Decoded decoded, String displayName) {
        String text = decoded.text();
        char[] chars = null;
        List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
        int line = 1;
        int warned = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            } else if (ControlCharacters.is(c)) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = ' ';
                if (warned != line) {
                    diagnostics.add(ControlCharacters.warning(displayName, line));
                    warned = line;
                }
            }
        }
        return chars == null ? decoded : new Decoded(new String(chars), decoded.encoding(), diagnostics);
    }

    private static Decoded decodeOnly(byte[] bytes, String displayName, boolean damageAllowed) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            int bad = firstNotUtf8(text, bytes, 3);
            return bad < 0 ? new Decoded(text, "UTF-8", List.of())
                    : notUtf8(bytes, bad, text, displayName, damageAllowed, " though its byte order mark says so");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) return utf16(bytes, StandardCharsets.UTF_16LE, "UTF-16LE", displayName);
        if (startsWith(bytes, 0xFE, 0xFF)) return utf16(bytes, StandardCharsets.UTF_16BE, "UTF-16BE", displayName);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int bad = firstNotUtf8(text, bytes, 0);
        if (bad < 0) return new Decoded(text, "UTF-8", List.of());
        String gb = strictDecode(bytes, 0, GB18030);
        if (gb != null && plausibleChinese(gb)) {
            return new Decoded(gb, "GB18030", List.of(new Diagnostic(displayName, 0, Severity.INFO, "encoding-detected",
                    "not UTF-8; decoded as GB18030 (GBK-compatible) after checking that it reads as Chinese")));
        }
        return notUtf8(bytes, bad, text, displayName, damageAllowed, " and not recognisable GB18030/GBK text");
    }

    /**
     * Text meant as UTF-8 that is not: damaged gazette text when the damage is slight, else rejected.
     *
     * @param at      the first byte that is not UTF-8
     * @param decoded the bytes as the JDK decodes them, each sequence that is not UTF-8 a U+FFFD
     */
    private static Decoded notUtf8(byte[] bytes, int at, String decoded, String displayName, boolean damageAllowed, String besides) {
        int line = lineAt(bytes, at);
        if (damageAllowed) {
            long replaced = decoded.chars().filter(c -> c == '\uFFFD').count();
            if (replaced <= Math.max(1, decoded.length() / DAMAGE_PER_MILLE)) {
                return new Decoded(decoded, "UTF-8", List.of(new Diagnostic(displayName, line, Severity.WARNING, "encoding-damaged",
                        replaced + (replaced == 1 ? " byte sequence" : " byte sequences") + " not UTF-8, the first on line " + line
                                + ", read as U+FFFD: characters are missing there")));
            }
        }
        return rejected(displayName, line, "not valid UTF-8 (line " + line + ", byte " + String.format("0x%02X", bytes[at] & 0xFF)
                + ")" + besides + "; convert the file to UTF-8");
    }

    /**
     * Where the first byte that is not UTF-8 is, or -1. The JDK's own decoding is several times faster
     * than a strict one and replaces what is malformed with U+FFFD: a text without one was valid, one
     * with one is checked strictly (a U+FFFD may be in the text itself).
     */
    private static int firstNotUtf8(String decoded, byte[] bytes, int offset) {
        return decoded.indexOf('\uFFFD') < 0 ? -1 : firstMalformed(bytes, offset, StandardCharsets.UTF_8);
    }

    /** The line (from 1) of the first byte of a file that is not UTF-8, or 0 when every byte is. */
    public static int lineNotUtf8(byte[] bytes) {
        int at = firstMalformed(bytes, 0, StandardCharsets.UTF_8);
        return at < 0 ? 0 : lineAt(bytes, at);
    }

    /** Text whose byte order mark says it is UTF-16: that or nothing (its lines are not counted in bytes). */
    private static Decoded utf16(byte[] bytes, Charset charset, String encoding, String displayName) {
        String text = strictDecode(bytes, 2, charset);
        return text != null ? new Decoded(text, encoding, List.of())
                : rejected(displayName, 0, "not valid " + encoding + " though its byte order mark says so; convert the file to UTF-8");
    }

    private static Decoded rejected(String displayName, int line, String message) {
        return new Decoded(null, null, List.of(new Diagnostic(displayName, line, Severity.ERROR, "encoding-unknown", message)));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return strictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where the first byte from an offset that is not in this encoding is, or -1. */
    private static int firstMalformed(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) return in.position();
            if (!r.isOverflow()) return decoder.flush(out).isError() ? in.position() : -1;
            out.clear();
        }
    }

    /** The line (from 1) a byte is on, lines ending in LF, CRLF or a lone CR. */
    private static int lineAt(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) line++;
        }
        return line;
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
