package org.gazette.render;

import java.util.List;

/**
 * The files of one folder, made together from one set of inputs: the pieces of a search entry's
 * text. A build keeps or makes such a folder whole, and the site's manifest records it as one line
 * (its files' names and hashes folded into one hash): in a 20,000-document site the 220,000 text
 * pieces were nine lines of the manifest in ten, and most of what an incremental build kept one by
 * one.
 *
 * @param path the folder, relative to the site root, ending with '/'
 * @param files its files, each directly inside it, in the order the folder's hash takes them
 * @param inputs the fingerprint of what they were made from (see {@link SiteSink#keep})
 */
public record SiteFolder(String path, List<SiteFile> files, String inputs) {

    public SiteFolder {
        if (!path.endsWith("/") || path.startsWith("/")) throw new IllegalArgumentException("not a folder path: " + path);
        files = List.copyOf(files);
        for (SiteFile f : files) {
            String name = f.path().startsWith(path) ? f.path().substring(path.length()) : "";
            if (!isName(name)) throw new IllegalArgumentException(f.path() + " is not directly inside " + path);
        }
    }

    /** The names of its files, in order. */
    public List<String> names() {
        return files.stream().map(f -> f.path().substring(path.length())).toList();
    }

    /** Whether this is the name of a file directly inside a folder (not empty, no '/', not '.' or '..'). */
    public static boolean isName(String name) {
        return !name.isEmpty() && name.indexOf('/') < 0 && !name.equals(".") && !name.equals("..");
    }
}
