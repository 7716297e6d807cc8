package org.gazette.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What keeps a build inside its output folder: every path a page, a search file or the manifest
 * names is checked here before anything is written, moved or deleted under it, so that no content
 * (a document id, an editor's slug, a damaged manifest line) can reach a file outside the site.
 */
final class InsideSite {

    private InsideSite() {
    }

    /** The file for a site path, refusing absolute paths and any that climb out of the site. */
    static Path resolve(Path root, String relative) throws IOException {
        if (!contains(relative)) throw new IOException("refusing to write outside the site: " + relative);
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) throw new IOException("refusing to write outside the site: " + relative); // another platform's form
        return p;
    }

    /**
     * Whether a site-relative path ('/'-separated, as pages and the manifest name files) names
     * something inside the site and not the site itself: not empty, not absolute, never climbing
     * above the site with "..". A backslash separates too, as it does where a site may be copied.
     * Strings alone: the manifest's 83,000 lines are checked with it as they are read.
     */
    static boolean contains(String relative) {
        if (relative.isEmpty() || relative.charAt(0) == '/' || relative.charAt(0) == '\\') return false;
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= relative.length(); i++) {
            if (i < relative.length() && relative.charAt(i) != '/' && relative.charAt(i) != '\\') continue;
            int length = i - start;
            if (length == 2 && relative.charAt(start) == '.' && relative.charAt(start + 1) == '.') {
                if (--depth < 0) return false;
            } else if (length > 1 || (length == 1 && relative.charAt(start) != '.')) {
                depth++;
            }
            start = i + 1;
        }
        return depth > 0;
    }
}
