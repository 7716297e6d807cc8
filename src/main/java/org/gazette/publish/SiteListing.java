package org.gazette.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files a site still has, for a build that keeps most of them.
 *
 * <p>A folder that nobody has touched since the site's manifest was written holds what the
 * manifest says it does: a commit writes the manifest before it moves any file into the site, so
 * every folder the commit changed, and every folder changed by hand later (a file deleted, added or
 * renamed), has a modification time after the manifest's. Such a folder is looked at once (one
 * {@code stat}) and not listed: in an incremental build of a 20,000-document archive most of what
 * is kept is 23,000 search entries' folders of text pieces, whose listings were most of the search
 * stage, and nearly three times as much with the disk's caches cold (a publisher's build two weeks
 * after the last). The comparison is strict, so a folder changed within the clock tick that wrote
 * the manifest is listed.
 *
 * <p>Any other folder is listed once, when a file in it is first asked about, and its names kept
 * as {@link PathHash}es: asking the file system about each file was two-thirds of the time spent
 * keeping them. What is deleted from a folder later in the build is not seen (as a file deleted
 * after its check was not). A name is a name: a folder where a file was is not told apart from the
 * file. Thread-safe.
 */
final class SiteListing {

    private static final long[] NOTHING = {};

    private final Path site;
    /** When the manifest of the site was written; null when there is none to trust. */
    private final FileTime manifestWritten;
    private final Map<String, long[]> folders = new ConcurrentHashMap<>();
    private final Map<String, Boolean> untouched = new ConcurrentHashMap<>();

    /** @param manifestWritten the modification time of the site's manifest, or null (every folder is then listed) */
    SiteListing(Path site, FileTime manifestWritten) {
        this.site = site;
        this.manifestWritten = manifestWritten;
    }

    /**
     * Whether the site has this path (relative, '/'-separated), as a listing of its folder says. A
     * folder outside the site is refused with an IOException; a name that leads out of its folder
     * ({@code ..}) is not in it.
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
     * Whether a folder ("a/b/", or "" for the site's root) is a folder that was not modified since
     * the manifest was written, and so still has every file the manifest gives it. The root is
     * never such a folder: each commit moves the manifest itself into it.
     */
    boolean untouchedSinceManifest(String folder) throws IOException {
        if (manifestWritten == null || folder.isEmpty()) return false;
        Boolean known = untouched.get(folder);
        if (known == null) {
            known = modifiedBeforeManifest(InsideSite.resolve(site, folder));
            untouched.putIfAbsent(folder, known);
        }
        return known;
    }

    private boolean modifiedBeforeManifest(Path dir) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() && a.lastModifiedTime().compareTo(manifestWritten) < 0;
        } catch (IOException e) {
            return false; // not there, or not readable: listed, and its files made again if need be
        }
    }

    /**
     * The hashes of the names in a folder of the site, sorted; none when it is not there or cannot
     * be read (its files are then written again). {@link File#list} lists a folder in one call into
     * the JDK's native code; a {@code DirectoryStream} crosses into it for every name and makes a
     * {@code Path} of each: 450 ms against 750 ms for the 23,260 search entries' folders of the
     * benchmark archive, on one core of this machine.
     */
    private long[] list(String folder) throws IOException {
        Path dir = folder.isEmpty() ? site : InsideSite.resolve(site, folder);
        String[] entries = dir.toFile().list();
        if (entries == null) return NOTHING;
        long[] names = new long[entries.length];
        for (int i = 0; i < entries.length; i++) names[i] = PathHash.of(entries[i]);
        Arrays.sort(names);
        return names;
    }
}
