package org.gazette.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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

    /** The hashes of the names in a folder of the site, sorted; none when it is not there. */
    private long[] list(String folder) throws IOException {
        Path dir = folder.isEmpty() ? site : SitePublisher.resolveInside(site, folder);
        long[] names = new long[16];
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (count == names.length) names = Arrays.copyOf(names, count * 2);
                names[count++] = PathHash.of(entry.getFileName().toString());
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return NOTHING;
        }
        names = Arrays.copyOf(names, count);
        Arrays.sort(names);
        return names;
    }
}
