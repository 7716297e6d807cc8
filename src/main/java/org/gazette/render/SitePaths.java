package org.gazette.render;

/**
 * Where each page of the site lives, as paths relative to the site root. Every path ends in a file
 * name, so links work from file://, from a sub-folder of any host, and at a domain root. Path
 * segments come only from slugs ({@link org.gazette.link.DocumentIdentity}, gazette folder names,
 * issue keys), never from content as printed.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String STYLESHEET = "assets/style.css";
    public static final String DATA_QUALITY = "data-quality.html";
    public static final String SEARCH = "search.html";
    public static final String SEARCH_SCRIPT = "assets/search.js";

    private SitePaths() {
    }

    public static String gazette(String slug) {
        return "gazettes/" + slug + "/index.html";
    }

    public static String issue(String gazette, String key) {
        return "gazettes/" + gazette + "/" + key + ".html";
    }

    public static String document(String id) {
        return "documents/" + id + ".html";
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
        return "cited/" + id + ".html";
    }

    public static String person(String id) {
        return "people/" + id + ".html";
    }

    public static String post(String id) {
        return "posts/" + id + ".html";
    }

    public static String organization(String id) {
        return "organizations/" + id + ".html";
    }

    public static final String APPOINTMENTS = "appointments/index.html";
    public static final String BROWSE = "browse/index.html";

    /** An editor's Markdown page. */
    public static String page(String slug) {
        return "pages/" + slug + ".html";
    }

    /** A browse page: {@code facet} is year, type or issuer; {@code value} a slug. */
    public static String browse(String facet, String value) {
        return "browse/" + facet + "-" + value + ".html";
    }

    /**
     * A page of the whole of a long list of documents that page {@code owner} shows the latest of
     * (the documents citing a document, a browse page's), named by {@code key} (the id of its last
     * document, or {@code latest}): {@code all/documents/<id>/<key>.html}.
     */
    public static String wholeList(String owner, String key) {
        return "all/" + owner.substring(0, owner.length() - ".html".length()) + "/" + key + ".html";
    }

    /** The data-quality page of one input file ({@code slug}: its path made safe). */
    public static String dataQuality(String slug) {
        return "data-quality/" + slug + ".html";
    }

    public static String appointmentsIn(String jurisdictionSlug) {
        return "appointments/" + jurisdictionSlug + ".html";
    }

    /** One year's appointments: {@code scope} a jurisdiction's slug, or {@code all}. */
    public static String appointmentsYear(String scope, String year) {
        return "appointments/" + scope + "/" + year + ".html";
    }

    /** The prefix that leads from a page back to the site root: {@code ""}, {@code "../"}, {@code "../../"}. */
    public static String rootFrom(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
