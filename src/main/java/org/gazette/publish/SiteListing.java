package org.gazette.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files a site still has, for a build that keeps most of them: each folder is listed once,
 * when a file in it is first asked about, and its names kept as {@link PathHash}es. Asking the
 * file system about each file (a quarter of a million kept in an incremental build of a
 * 20,000-document archive, most of them search index pieces a dozen to a folder) was two-thirds of
 * the time spent keeping them. A folder is listed once: what is deleted from it later in the build
 * is not seen (as a file deleted after its check was not). A name is a name: a folder where a file
 * was is not told apart from the file. Thread-safe.
 */
final class SiteListing {

    private static final long[] NOTHING = {};

    private final Path site;
    private final Map<String, long[]> folders = new ConcurrentHashMap<>();

    SiteListing(Path site) {
        this.site = site;
    }

    /**
     * Whether the site has this path (relative, '/'-separated). A folder outside the site is refused
     * with an IOException; a name that leads out of its folder ({@code ..}) is not in it.
     */
    boolean has(String path) throws IOException {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        long[] names = folders.get(folder);
        if (names == null) {
            names = list(folder); // two threads may list one folder at once: the same names
            folders.putIfAbsent(folder, names);
        }
        return Arrays.binarySearch(names, PathHash.of(path.substring(slash + 1))) >= 0;
    }

    /**
     * The hashes of the names in a folder of the site, sorted; none when it is not there or cannot
     * be read (its files are then written again). {@link File#list} lists a folder in one call into
     * the JDK's native code; a {@code DirectoryStream} crosses into it for every name and makes a
     * {@code Path} of each: 450 ms against 750 ms for the 23,260 search entries' folders of the
     * benchmark archive, on one core of this machine.
     */
    private long[] list(String folder) throws IOException {
        Path dir = folder.isEmpty() ? site : SitePublisher.resolveInside(site, folder);
        String[] entries = dir.toFile().list();
        if (entries == null) return NOTHING;
        long[] names = new long[entries.length];
        for (int i = 0; i < entries.length; i++) names[i] = PathHash.of(entries[i]);
        Arrays.sort(names);
        return names;
    }
}
