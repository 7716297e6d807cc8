package org.gazette.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.gazette.model.Href;
import org.gazette.render.SitePaths;

/**
 * Checks every internal link of a site before it is published: the target file must be among the
 * site's files and the fragment, if any, an id on that page. Links must be relative: a link that
 * starts with '/' would break under file:// and in a sub-folder.
 *
 * <p>Files are {@linkplain #add added} from any thread as they are rendered; each page keeps only
 * 64-bit hashes of its ids and of its resolved link targets, so a site of hundreds of thousands of
 * pages is checked in a few tens of megabytes. The few pages with a broken link are read again to
 * say which link and why.
 */
public final class LinkChecker {

    private static final String NO_ANCHOR = "no such anchor on ";

    /** A broken link: the page it is on, the href, and why. */
    public record BrokenLink(String page, String href, String reason) {
        @Override
        public String toString() {
            return page + ": " + href + " (" + reason + ")";
        }

        /** Whether the file it leads to is there, and only the anchor is not. */
        public boolean anchorOnly() {
            return reason.startsWith(NO_ANCHOR);
        }
    }

    /** Reads a page of the new site again, for the report. */
    @FunctionalInterface
    public interface Pages {
        Optional<byte[]> content(String path) throws IOException;
    }

    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final long[] NONE = {};

    /** HTML page → hashes of the path and of "path#id" for each id. */
    private final Map<String, long[]> targets = new ConcurrentHashMap<>();
    /**
     * The hashes of the other files' paths: a quarter of a million in a 20,000-document site (the
     * search index's text pieces), which as entries of {@link #targets} cost a map entry and an
     * array each, and the map's growth a tenth of keeping them in an incremental build.
     */
    private final Hashes otherFiles = new Hashes();
    /** Page → hashes of the resolved targets of its links; −1 marks a link that is broken by its form. */
    private final Map<String, long[]> links = new ConcurrentHashMap<>();
    /** What an earlier build remembered of its pages ({@link #remember}), read while the build goes on. */
    private final Aside<Map<String, LinkMemory.Page>> remembered;

    /** A link checker that knows no earlier build. */
    public LinkChecker() {
        this.remembered = Aside.of(Map.of());
    }

    /**
     * A link checker that knows what an earlier build {@linkplain #remember remembered} in this file,
     * if anything: read on a thread of its own, waited for when the first unchanged page is noted.
     */
    public LinkChecker(Path memory) {
        this.remembered = Aside.start("link memory", () -> LinkMemory.read(memory));
    }

    /** Notes a file of the site; HTML pages are scanned for ids and links. Thread-safe. */
    public void add(String path, byte[] content) {
        if (!path.endsWith(".html")) {
            otherFiles.add(PathHash.of(path));
            return;
        }
        HtmlLinks page = HtmlLinks.of(content);
        long[] own = new long[page.ids().size() + 1];
        own[0] = PathHash.of(path);
        for (int i = 0; i < page.ids().size(); i++) own[i + 1] = PathHash.of(path + "#" + page.ids().get(i));
        targets.put(path, own);
        long[] out = new long[page.links().size()];
        int k = 0;
        for (String href : page.links()) {
            if (EXTERNAL.matcher(href).matches()) continue; // another site's: not ours to check
            String target = target(path, href);
            out[k++] = target == null ? -1 : PathHash.of(target);
        }
        links.put(path, k == 0 ? NONE : Arrays.copyOf(out, k));
    }

    /**
     * Notes a page that an earlier build made from the same inputs, as that build remembered it,
     * without reading it: true when remembered, false when it must be {@linkplain #add added}.
     * Thread-safe.
     */
    public boolean addUnchanged(String path, String madeFrom) throws IOException {
        if (!path.endsWith(".html")) {
            add(path, null); // not read: only HTML pages have links and ids
            return true;
        }
        LinkMemory.Page page = remembered.get().get(path);
        if (page == null || !page.inputs().equals(madeFrom)) return false;
        targets.put(path, page.own());
        links.put(path, page.out());
        return true;
    }

    /**
     * Keeps what is known of the pages made from known inputs, for the next build's
     * {@link #addUnchanged}.
     *
     * @param madeFrom page → fingerprint of its inputs, as the publisher recorded them
     */
    public void remember(Path memory, Map<String, String> madeFrom) throws IOException {
        Map<String, LinkMemory.Page> pages = new HashMap<>();
        madeFrom.forEach((path, inputs) -> {
            if (links.containsKey(path)) pages.put(path, new LinkMemory.Page(inputs, targets.get(path), links.get(path)));
        });
        LinkMemory.write(memory, pages);
    }

    /** The broken links of the site added, by page, in page order. */
    public List<BrokenLink> check(Pages pages) throws IOException {
        // Every target and every link sorted, then walked together: a binary search per link (1.5
        // million of them in a 20,000-document site) missed the processor's cache at every step.
        // The two sorted at once: on two cores the JDK's parallel sort runs on one.
        long[] others = otherFiles.toArray();
        CompletableFuture<long[]> knownSorted = CompletableFuture.supplyAsync(() -> sorted(targets.values(), others));
        long[] wanted = sorted(links.values(), NONE);
        long[] known = knownSorted.join();
        Set<Long> missing = new HashSet<>();
        int k = 0;
        for (long target : wanted) {
            while (k < known.length && known[k] < target) k++;
            if (target == -1 || k == known.length || known[k] != target) missing.add(target);
        }
        List<BrokenLink> broken = new ArrayList<>();
        if (missing.isEmpty()) return broken;
        Arrays.sort(others);
        for (Map.Entry<String, long[]> page : new TreeMap<>(links).entrySet()) {
            if (Arrays.stream(page.getValue()).anyMatch(t -> missing.contains(t))) broken.addAll(explain(page.getKey(), pages, others));
        }
        return broken;
    }

    /** All the hashes of some arrays and of one more, in one sorted array. */
    private static long[] sorted(Collection<long[]> arrays, long[] more) {
        long[] all = new long[arrays.stream().mapToInt(a -> a.length).sum() + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        int at = more.length;
        for (long[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        Arrays.parallelSort(all);
        return all;
    }

    /**
     * Reads a page with a broken link again and says which links fail and why.
     *
     * @param otherFiles the hashes of the paths of the files other than pages, sorted
     */
    private List<BrokenLink> explain(String page, Pages pages, long[] otherFiles) throws IOException {
        List<BrokenLink> broken = new ArrayList<>();
        byte[] content = pages.content(page).orElseThrow(() -> new IOException("page vanished: " + page));
        for (String href : HtmlLinks.of(content).links()) {
            if (EXTERNAL.matcher(href).matches()) continue;
            if (href.isEmpty()) {
                broken.add(new BrokenLink(page, href, "empty link"));
            } else if (href.startsWith("/")) {
                broken.add(new BrokenLink(page, href, "absolute path"));
            } else {
                String target = target(page, href);
                int hash = target == null ? -1 : target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                long[] own = target == null ? null : targets.get(file); // a page's: its path's hash and its ids'
                if (target == null || own == null && Arrays.binarySearch(otherFiles, PathHash.of(file)) < 0) {
                    broken.add(new BrokenLink(page, href, "no such file in the site"));
                } else if (own == null ? !target.equals(file) : Arrays.stream(own).noneMatch(h -> h == PathHash.of(target))) {
                    broken.add(new BrokenLink(page, href, NO_ANCHOR + file));
                }
            }
        }
        return broken;
    }

    /** The site path (and fragment) a link leads to, or null when the link is broken by its form. */
    private static String target(String page, String href) {
        if (href.isEmpty() || href.startsWith("/")) return null;
        int hash = href.indexOf('#');
        String file = Href.decoded(hash < 0 ? href : href.substring(0, hash));
        String fragment = hash < 0 ? "" : Href.decoded(href.substring(hash + 1));
        String path = file.isEmpty() ? page : SitePaths.resolve(page, file);
        if (path.startsWith("../")) return null; // out of the site
        return fragment.isEmpty() ? path : path + "#" + fragment;
    }

    /** Hashes added from any thread, in no order. */
    private static final class Hashes {
        private long[] hashes = new long[1024];
        private int size;

        synchronized void add(long hash) {
            if (size == hashes.length) hashes = Arrays.copyOf(hashes, size * 2);
            hashes[size++] = hash;
        }

        synchronized long[] toArray() {
            return Arrays.copyOf(hashes, size);
        }
    }

}
