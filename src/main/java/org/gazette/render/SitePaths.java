package org.gazette.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gazette.link.DocumentIdentity;

/**
 * Where each page of the site lives, as paths relative to the site root. Every path ends in a file
 * name, so links work from file://, from a sub-folder of any host, and at a domain root. Path
 * segments come only from slugs ({@link DocumentIdentity}, gazette folder names, issue keys), never
 * from content as printed, and none is longer than a file name may be ({@link #name}).
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String STYLESHEET = "assets/style.css";
    public static final String DATA_QUALITY = "data-quality.html";
    public static final String SEARCH = "search.html";
    public static final String SEARCH_SCRIPT = "assets/search.js";

    /**
     * The longest a page's name may be, in bytes of UTF-8: a file name may have 255 on most file
     * systems, and a name here gets a facet before it ({@code issuer-}) and {@code .html} after it.
     */
    static final int NAME_BYTES = 150;

    private SitePaths() {
    }

    /**
     * A slug as a file or folder name: as it is, or, when its UTF-8 is longer than {@value
     * #NAME_BYTES} bytes, its beginning and a hash of the whole. A post is named by its organisation,
     * and an organisation with all its other names in brackets (一套人马几块牌子) made a name longer
     * than a file's may be: the build failed.
     */
    static String name(String slug) {
        if (slug.length() * 3 <= NAME_BYTES) return slug; // no UTF-16 unit takes more than 3 bytes
        if (slug.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) return slug;
        int bytes = 0;
        int end = 0;
        while (end < slug.length()) {
            int c = slug.codePointAt(end);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > NAME_BYTES - 7) break; // "-" and six hex digits
            bytes += size;
            end += Character.charCount(c);
        }
        while (end > 0 && slug.charAt(end - 1) == '-') end--;
        return slug.substring(0, end) + "-" + DocumentIdentity.shortHash(slug);
    }

    public static String gazette(String slug) {
        return "gazettes/" + slug + "/index.html";
    }

    public static String issue(String gazette, String key) {
        return "gazettes/" + gazette + "/" + name(key) + ".html";
    }

    public static String document(String id) {
        return "documents/" + name(id) + ".html";
    }

    /** A document page scrolled to the paragraph that starts on a source line. */
    public static String documentLine(String id, int line) {
        return document(id) + "#" + lineAnchor(line);
    }

    public static String lineAnchor(int line) {
        return "L" + line;
    }

    /** The page of a document cited in the archive but not held in it. */
    public static String cited(String id) {
        return "cited/" + name(id) + ".html";
    }

    public static String person(String id) {
        return "people/" + name(id) + ".html";
    }

    public static String post(String id) {
        return "posts/" + name(id) + ".html";
    }

    public static String organization(String id) {
        return "organizations/" + name(id) + ".html";
    }

    public static final String APPOINTMENTS = "appointments/index.html";
    public static final String BROWSE = "browse/index.html";

    /** An editor's Markdown page. */
    public static String page(String slug) {
        return "pages/" + slug + ".html";
    }

    /** A browse page: {@code facet} is year, type or issuer; {@code value} a slug. */
    public static String browse(String facet, String value) {
        return "browse/" + facet + "-" + name(value) + ".html";
    }

    /**
     * A page of the whole of a long list of documents that page {@code owner} shows the latest of
     * (the documents citing a document, a browse page's), named by {@code key} (the id of its last
     * document, or {@code latest}): {@code all/documents/<id>/<key>.html}.
     */
    public static String wholeList(String owner, String key) {
        return "all/" + owner.substring(0, owner.length() - ".html".length()) + "/" + name(key) + ".html";
    }

    /** The data-quality page of one input file ({@code slug}: its path made safe). */
    public static String dataQuality(String slug) {
        return "data-quality/" + name(slug) + ".html";
    }

    public static String appointmentsIn(String jurisdictionSlug) {
        return "appointments/" + name(jurisdictionSlug) + ".html";
    }

    /** One year's appointments: {@code scope} a jurisdiction's slug, or {@code all}. */
    public static String appointmentsYear(String scope, String year) {
        return "appointments/" + name(scope) + "/" + year + ".html";
    }

    /** The prefix that leads from a page back to the site root: {@code ""}, {@code "../"}, {@code "../../"}. */
    public static String rootFrom(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * Where a relative path written on a page leads, from the site root: {@code ../documents/a.html}
     * on {@code pages/about.html} is {@code documents/a.html}. A path that climbs above the root keeps
     * a {@code ../} for each folder it climbs above it, which no file of the site has.
     */
    public static String resolve(String page, String relative) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1); // the page's own name
        int above = 0;
        for (String segment : relative.split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) above++;
                else parts.remove(parts.size() - 1);
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                parts.add(segment);
            }
        }
        return "../".repeat(above) + String.join("/", parts);
    }

}
