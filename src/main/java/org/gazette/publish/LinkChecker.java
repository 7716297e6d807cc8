package org.gazette.publish;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.gazette.render.SiteFile;

/**
 * Checks every internal link of a site before it is published: the target file must be among the
 * site's files and the fragment, if any, an id on that page. Links must be relative: a link that
 * starts with '/' would break under file:// and in a sub-folder.
 */
public final class LinkChecker {

    /** A broken link: the page it is on, the href, and why. */
    public record BrokenLink(String page, String href, String reason) {
        @Override
        public String toString() {
            return page + ": " + href + " (" + reason + ")";
        }
    }

    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    public List<BrokenLink> check(List<SiteFile> files) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Document> pages = new HashMap<>();
        Set<String> paths = new HashSet<>();
        for (SiteFile f : files) {
            paths.add(f.path());
            if (f.path().endsWith(".html")) {
                Document doc = Jsoup.parse(new String(f.content(), StandardCharsets.UTF_8));
                pages.put(f.path(), doc);
                Set<String> pageIds = new HashSet<>();
                for (Element e : doc.select("[id]")) pageIds.add(e.id());
                ids.put(f.path(), pageIds);
            }
        }
        List<BrokenLink> broken = new ArrayList<>();
        pages.keySet().stream().sorted().forEach(path -> {
            for (Element e : pages.get(path).select("a[href], link[href], script[src], img[src]")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                check(path, href, paths, ids).ifPresent(broken::add);
            }
        });
        return broken;
    }

    private static Optional<BrokenLink> check(String page, String href, Set<String> paths,
                                              Map<String, Set<String>> ids) {
        if (href.isEmpty()) return Optional.of(new BrokenLink(page, href, "empty link"));
        if (EXTERNAL.matcher(href).matches()) return Optional.empty(); // another site's: not ours to check
        if (href.startsWith("/")) return Optional.of(new BrokenLink(page, href, "absolute path"));
        int hash = href.indexOf('#');
        String file = URLDecoder.decode(hash < 0 ? href : href.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? null : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        String target = file.isEmpty() ? page : resolve(page, file);
        if (target == null || !paths.contains(target)) {
            return Optional.of(new BrokenLink(page, href, "no such file in the site"));
        }
        if (fragment != null && !fragment.isEmpty() && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
            return Optional.of(new BrokenLink(page, href, "no such anchor on " + target));
        }
        return Optional.empty();
    }

    /** Resolves a relative file path against the folder of a page, or null when it climbs out of the site. */
    static String resolve(String page, String relative) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1);
        for (String seg : relative.split("/")) {
            if (seg.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }
}
