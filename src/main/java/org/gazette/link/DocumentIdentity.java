package org.gazette.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.gazette.model.Document;
import org.gazette.parse.Text;

/**
 * The identity of a document, which is also its URL slug: the normalised 文号
 * ({@code 湘政发-2024-9}), else the 令号 ({@code 湖南省人民政府令-321}), else the registration code,
 * else a readable piece of the title (for a 解读, of the title it explains) with a short hash of
 * the gazette and the whole title ({@code 解读-永州市持续提升农业机械化水平九条-3f2a1b}).
 *
 * <p>Slugs hold only ideographs, ASCII letters, digits and '-', so they are safe as file names on
 * any host and never carry content unescaped into a path.
 */
public final class DocumentIdentity {

    private static final Pattern UNSAFE = Pattern.compile("[^" + Text.HAN + "A-Za-z0-9-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern END_DASH = Pattern.compile("^-|-$");
    private static final int TITLE_PART = 16;

    private DocumentIdentity() {
    }

    public static String of(Document d, String gazette) {
        if (d.number() != null) {
            return safe(d.number().agency() + "-" + d.number().year() + "-" + d.number().serial());
        }
        if (d.order() != null) {
            return safe(d.order().issuer() + "令-" + d.order().number());
        }
        if (d.registration() != null) {
            return safe(d.registration().normalized());
        }
        String title = d.title() == null ? "untitled-" + d.startLine() : d.title();
        boolean interpretation = d.explains() != null && d.explains().title() != null;
        String part = safe(interpretation ? d.explains().title() : title);
        if (part.length() > TITLE_PART) part = part.substring(0, TITLE_PART);
        return (interpretation ? "解读-" : "") + part + "-" + shortHash(gazette + "\n" + title + "\n" + d.type());
    }

    /** Replaces every run of characters outside ideographs, ASCII letters, digits and '-' by '-'. */
    public static String safe(String s) {
        String out = DASHES.matcher(UNSAFE.matcher(s).replaceAll("-")).replaceAll("-");
        out = END_DASH.matcher(out).replaceAll("");
        return out.isEmpty() ? "x" : out;
    }

    public static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
