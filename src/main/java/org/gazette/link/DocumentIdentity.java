package org.gazette.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;
import org.gazette.parse.Text;

/**
 * The identity of a document, which is also its URL slug: the normalised 文号
 * ({@code 湘政发-2024-9}, {@code 国家税务总局公告-2024-1}), else the 令号 ({@code 湖南省人民政府令-321},
 * {@code 商务部令-2024-1}), else the registration code,
 * else a readable piece of the title (for a 解读, of the title it explains) with a short hash of
 * the gazette and the whole title ({@code 解读-永州市持续提升农业机械化水平九条-3f2a1b}).
 *
 * <p>Slugs hold only ideographs, ASCII letters, digits and '-', so they are safe as file names on
 * any host and never carry content unescaped into a path.
 */
public final class DocumentIdentity {

    private static final int TITLE_PART = 16;

    private DocumentIdentity() {
    }

    public static String of(Document d, String gazette) {
        if (d.number() != null) return of(d.number());
        if (d.order() != null) return of(d.order());
        if (d.registration() != null) {
            return safe(d.registration().normalized());
        }
        String title = d.title() == null ? "untitled-" + d.startLine() : d.title();
        boolean interpretation = d.explains() != null && d.explains().title() != null;
        String part = safe(interpretation ? d.explains().title() : title);
        if (part.length() > TITLE_PART) part = part.substring(0, TITLE_PART);
        return (interpretation ? "解读-" : "") + part + "-" + shortHash(gazette + "\n" + title + "\n" + d.type());
    }

    /** The identity a 文号 gives: {@code 湘政发-2024-9}, {@code 国家税务总局公告-2024-1}. */
    public static String of(DocumentNumber n) {
        return safe(n.agency() + "-" + n.year() + "-" + n.serial());
    }

    /** The identity a 令号 gives: {@code 湖南省人民政府令-321}, {@code 商务部令-2024-1}. */
    public static String of(OrderNumber o) {
        return safe(o.issuer() + "令-" + (o.year() > 0 ? o.year() + "-" : "") + o.number());
    }

    /**
     * Replaces every run of characters outside ideographs, ASCII letters, digits and '-' by one '-'
     * (runs of '-' too), without a '-' at either end; "x" when nothing is left. One pass over the
     * characters: three regular expressions here were a tenth of an incremental build's linking,
     * which makes every document's slug and every cited document's.
     */
    public static String safe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (kept(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-'); // a run's first character; none at the start
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-') out.setLength(out.length() - 1);
        return out.length() == 0 ? "x" : out.toString();
    }

    /** An ideograph ({@link Text#isCjk}), an ASCII letter or digit; '-' counts as a run of its own kind. */
    private static boolean kept(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || Text.isCjk(c);
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
