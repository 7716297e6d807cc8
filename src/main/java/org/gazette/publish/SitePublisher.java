package org.gazette.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;
import org.gazette.render.SiteFile;
import org.gazette.render.SiteFolder;

/**
 * Publishes a site so that readers and uploaders never see a half-built one, and so that a rebuild
 * touches only what changed.
 *
 * <p>Files are {@linkplain #put put} from any thread while the build runs; each is hashed and
 * compared with the site's {@link Manifest}. Only new and changed files are written, into a staging
 * folder beside the site; unchanged files are left alone, bytes and modification time, so that
 * {@code rsync} or an S3 sync uploads only the difference. Nothing in the site changes until
 * {@link #commit}:
 * <ul>
 * <li>a first or {@code clean} build stages every file and swaps the staging folder in with one
 * rename;</li>
 * <li>an incremental build first writes a journal into the staging folder (the commit point), then
 * moves each staged file into the site with an atomic rename — new files first, then changed ones,
 * then removals, the manifest last — so that at every moment each file is whole and every link
 * resolves. A build killed before the commit point leaves the site as it was; one killed after it
 * is finished by the next build, which replays the journal before anything else ({@link SiteCommit}).</li>
 * </ul>
 * A publisher that is closed without a commit (broken links, a template error, an exception)
 * deletes its staging folder. Paths that would land outside the site are refused.
 */
public final class SitePublisher implements AutoCloseable {

    /** What a commit did. */
    public record Result(int written, int unchanged, int removed, boolean incremental) {
        public int files() {
            return written + unchanged;
        }
    }

    /** A file's content hash and the fingerprint of what it was made from (zero when none), as {@link Hash128} halves. */
    private record Claim(long hashHigh, long hashLow, long inputsHigh, long inputsLow) {
        static Claim of(String hash, String madeFrom) {
            if (madeFrom != null && !Hash128.isHex(madeFrom)) {
                throw new IllegalArgumentException("not a fingerprint (128 bits in hex): " + madeFrom);
            }
            return new Claim(Hash128.high(hash), Hash128.low(hash), Hash128.high(madeFrom), Hash128.low(madeFrom));
        }

        String hash() {
            return Hash128.hex(hashHigh, hashLow);
        }

        String madeFrom() {
            return Hash128.hex(inputsHigh, inputsLow);
        }
    }

    private final Path site;
    /** What the site holds now: a file in the manifest may have been deleted by hand, and is then made again. */
    private final SiteListing listing;
    private final Path staging;
    /** The replaced site's manifest and the claims, made while the build goes on. */
    private final Aside<Claims> base;
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    /** Staging folders made so far: asking the file system again for each of 250,000 files was a cost of its own. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** How many paths of the replaced site were claimed again: all of them, and nothing is removed. */
    private final LongAdder reclaimed = new LongAdder();
    /** How many files the new site has, a folder's counted one by one. */
    private final LongAdder files = new LongAdder();
    /** The folders made again (not kept) with other files, with their names: what else the site has in them goes. */
    private final Map<String, Set<String>> madeFolders = new ConcurrentHashMap<>();
    private boolean committed;

    /**
     * The replaced site's manifest, for lookups (null for a first or clean build), and path → the
     * content hash and inputs of each file of the new site. The claims are numbers, not hex strings:
     * a quarter of a million files' strings filled the heap that the archive leaves while the search
     * files are made.
     */
    private record Claims(PreviousManifest previous, Map<String, Claim> claims, List<Diagnostic> problems) {
        static Claims replacing(PreviousManifest previous, List<Diagnostic> problems) {
            // Sized for the site it replaces: growing to a quarter of a million entries copied them again and again.
            int expected = previous == null ? 16 : previous.size() + previous.size() / 8;
            return new Claims(previous, new ConcurrentHashMap<>(expected), problems);
        }

        /** The site's manifest read, or, when it is damaged, the site made whole again (and why). */
        static Claims of(Path site) throws IOException {
            try {
                return replacing(Manifest.lines(site).map(PreviousManifest::new).orElse(null), List.of());
            } catch (Manifest.Damaged e) {
                return replacing(null, List.of(new Diagnostic(e.file().toString(), e.line(), Severity.WARNING, "manifest-damaged",
                        e.why() + ": the manifest cannot say what the site holds, so every file is written again")));
            }
        }
    }

    private SitePublisher(Path site, SiteListing listing, Path staging, Aside<Claims> base) {
        this.site = site;
        this.listing = listing;
        this.staging = staging;
        this.base = base;
    }

    /**
     * Starts publishing to a site folder: finishes a commit that an earlier build left half done,
     * removes what killed builds left behind, and starts reading the manifest unless {@code clean}
     * (on a thread of its own: the first file put or kept waits for it).
     */
    public static SitePublisher open(Path site, boolean clean) throws IOException {
        Path target = site.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        SiteCommit.recover(target);
        refuseForeign(target);
        boolean fresh = clean || !Files.isDirectory(target);
        // When the manifest was written is read before the manifest itself, which is read aside.
        FileTime written = fresh ? null : manifestWritten(target);
        Aside<Claims> base = fresh ? Aside.of(Claims.replacing(null, List.of()))
                : Aside.start("site manifest", () -> Claims.of(target));
        Path staging = SiteCommit.stagingFolder(target);
        return new SitePublisher(target, new SiteListing(target, written), staging, base);
    }

    private static FileTime manifestWritten(Path site) {
        try {
            return Files.getLastModifiedTime(site.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // none: nothing is kept anyway
        }
    }

    /**
     * A build replaces its output folder: refuse one that holds something else (no manifest, no
     * data-quality page, not empty), such as a folder given to {@code --out} by mistake, and a file.
     */
    public static void refuseForeign(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target + " is a file, not a folder: it would be replaced. Choose another output folder.");
        }
        if (!Files.isDirectory(target) || Files.exists(target.resolve(Manifest.FILE))
                || Files.exists(target.resolve("data-quality.html"))) return;
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(target + " is not empty and was not built by gazette: it would be replaced. "
                        + "Remove it or choose another output folder.");
            }
        }
    }

    /** Adds a file of the new site. Thread-safe. */
    public void put(String path, byte[] content) throws IOException {
        put(path, content, null);
    }

    /**
     * Adds a file of the new site, with the fingerprint of what it was made from (128 bits in hex, as
     * {@code Fingerprint.hex()} gives it; or null), which the manifest records for the next build's {@link #keep}. Thread-safe.
     */
    public void put(String path, byte[] content, String madeFrom) throws IOException {
        InsideSite.resolve(staging, path);
        String hash = Manifest.hash(content);
        PreviousManifest previous = base.get().previous();
        claim(path, Claim.of(hash, madeFrom));
        files.increment();
        if (previous != null && previous.has(path)) reclaimed.increment();
        // Unchanged: the manifest says so and the file is still there (someone may have deleted it by hand).
        if (previous != null && previous.unchanged(path, hash) && stillThere(path)) return;
        stage(path, content);
    }

    /**
     * Adds a folder of the new site whose files are made together (its manifest line's hash folds
     * theirs). When that hash has changed, each file is still compared, so that only the files
     * whose bytes differ are written: with the site's own file, or with its line in a manifest of
     * version 3, which listed a folder's files one by one. Files the site has in the folder and
     * the folder no longer does are removed at the commit. Thread-safe.
     */
    public void put(SiteFolder folder) throws IOException {
        InsideSite.resolve(staging, folder.path());
        List<String> names = folder.names();
        List<String> hashes = folder.files().stream().map(f -> Manifest.hash(f.content())).toList();
        String hash = Manifest.folderHash(names, hashes);
        PreviousManifest previous = base.get().previous();
        claim(folder.path(), Claim.of(hash, Manifest.folderInputs(folder.inputs(), names)));
        files.add(names.size());
        if (previous == null) {
            for (SiteFile f : folder.files()) stage(f.path(), f.content());
            return;
        }
        if (previous.has(folder.path())) reclaimed.increment();
        boolean same = previous.unchanged(folder.path(), hash);
        // The same names and bytes as before: nothing else of the folder's can be left (but by hand).
        if (!same) madeFolders.put(folder.path(), Set.copyOf(names));
        boolean whole = same && listing.untouchedSinceManifest(folder.path());
        for (int i = 0; i < names.size(); i++) {
            SiteFile f = folder.files().get(i);
            boolean there = whole || listing.has(f.path());
            if (there && (same || previous.unchanged(f.path(), hashes.get(i)) || sameBytes(f))) continue;
            stage(f.path(), f.content());
        }
    }

    /** Whether the site's file at this path has these bytes. */
    private boolean sameBytes(SiteFile f) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(InsideSite.resolve(site, f.path())), f.content());
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Whether the site still has a file its manifest lists (someone may have deleted it by hand):
     * so when its folder was not touched since the manifest was written, else when a listing of the
     * folder has it.
     */
    private boolean stillThere(String path) throws IOException {
        return listing.untouchedSinceManifest(Manifest.folderOf(path)) || listing.has(path);
    }

    /** Writes a new or changed file into the staging folder. */
    private void stage(String path, byte[] content) throws IOException {
        Path out = InsideSite.resolve(staging, path);
        if (!folders.contains(out.getParent())) {
            Files.createDirectories(out.getParent());
            folders.add(out.getParent());
        }
        Files.write(out, content, StandardOpenOption.CREATE_NEW);
        staged.add(path);
    }

    /**
     * Keeps the site's file at this path as it is when the site's manifest says it was made from
     * these inputs and it is still there: true when kept; false when the file must be
     * {@linkplain #put put}. Thread-safe.
     */
    public boolean keep(String path, String madeFrom) throws IOException {
        // The file still there: someone may have deleted it by hand, and then it is made again.
        return keepLine(path, madeFrom, List.of(path));
    }

    /**
     * Keeps the site's {@linkplain SiteFolder folder} as it is when the site's manifest says it was
     * made from these inputs and it still has these files: true when kept; false when the folder
     * must be {@linkplain #put(SiteFolder) put}. Thread-safe.
     */
    public boolean keep(String folder, List<String> names, String madeFrom) throws IOException {
        if (!folder.endsWith("/") || !names.stream().allMatch(SiteFolder::isName)) {
            throw new IOException("not a folder and names in it: " + folder + " " + names);
        }
        InsideSite.resolve(site, folder);
        if (!Hash128.isHex(madeFrom)) return false;
        return keepLine(folder, Manifest.folderInputs(madeFrom, names), names.stream().map(name -> folder + name).toList());
    }

    /**
     * Claims a line of the replaced site's manifest (a file's or a folder's) again, as it is, when it
     * was made from these inputs and the site still has every one of its files.
     */
    private boolean keepLine(String path, String madeFrom, List<String> itsFiles) throws IOException {
        PreviousManifest previous = base.get().previous();
        if (previous == null || !Hash128.isHex(madeFrom)) return false;
        long madeHigh = Hash128.high(madeFrom);
        long madeLow = Hash128.low(madeFrom);
        int slot = previous.madeFrom(path, madeHigh, madeLow);
        if (slot < 0) return false;
        for (String file : itsFiles) if (!stillThere(file)) return false;
        claim(path, new Claim(previous.high(slot), previous.low(slot), madeHigh, madeLow));
        files.add(itsFiles.size());
        reclaimed.increment();
        return true;
    }

    /** Records a path of the new site with its content hash and what it was made from. */
    private void claim(String path, Claim claim) throws IOException {
        if (base.get().claims().putIfAbsent(path, claim) != null) {
            throw new IOException("two pages claim the same path: " + path);
        }
    }

    /**
     * Path → fingerprint of what it was made from, for the pages (HTML files) of the new site made
     * with one: what the link checker remembers for the next build. Not the other files: nine in
     * ten of a large site's files are search index pieces, whose fingerprints nobody asks for here.
     */
    public Map<String, String> pagesMadeFrom() throws IOException {
        Map<String, String> inputs = new HashMap<>();
        base.get().claims().forEach((path, c) -> {
            if (!path.endsWith(".html")) return;
            String made = c.madeFrom();
            if (made != null) inputs.put(path, made);
        });
        return inputs;
    }

    /**
     * Every path put so far, a folder's as its own path (ending with '/'), in no particular order
     * (the manifest is put in order once, at the commit).
     */
    public List<String> paths() throws IOException {
        return List.copyOf(base.get().claims().keySet());
    }

    /** The new content of a path: staged if it changed, else the site's unchanged file. */
    public Optional<byte[]> content(String path) throws IOException {
        Map<String, Claim> claims = base.get().claims();
        boolean inFolder = !claims.containsKey(path) && claims.containsKey(Manifest.folderOf(path));
        if (!claims.containsKey(path) && !inFolder) return Optional.empty();
        try {
            return Optional.of(Files.readAllBytes(InsideSite.resolve(staged.contains(path) ? staging : site, path)));
        } catch (NoSuchFileException e) {
            if (inFolder) return Optional.empty(); // a name the folder does not have
            throw e;
        }
    }

    /** What is wrong with the site being replaced (its manifest damaged), as far as the build could go on. */
    public List<Diagnostic> problems() throws IOException {
        return base.get().problems();
    }

    /** Makes the new site the site. */
    public Result commit() throws IOException {
        PreviousManifest previous = base.get().previous();
        Map<String, Claim> claims = base.get().claims();
        for (String path : claims.keySet()) {
            if (!path.endsWith("/") && claims.containsKey(Manifest.folderOf(path))) {
                throw new IOException("put both on its own and in its folder: " + path);
            }
        }
        List<Manifest.Line> manifest = manifestLines(claims, previous);
        Result result;
        if (previous == null) {
            Manifest.write(staging.resolve(Manifest.FILE), manifest);
            SiteCommit.swap(staging, site);
            result = new Result(staged.size(), 0, 0, false);
        } else {
            List<String> removed = removed(previous, claims);
            Manifest.write(staging.resolve(Manifest.FILE), manifest);
            SiteCommit.journalled(staging, site,
                    staged.stream().filter(p -> !previous.has(p)).sorted().toList(),
                    staged.stream().filter(previous::has).sorted().toList(), removed);
            result = new Result(staged.size(), files.intValue() - staged.size(), removed.size(), true);
        }
        committed = true;
        return result;
    }

    /**
     * The files of the replaced site that the new one does not have: those of its manifest that
     * nothing claimed (a folder's, as the site has them), and those that a folder made again no
     * longer has. When every path of the old manifest is claimed again, it is not read again;
     * else it is read now, when the build's memory is free.
     */
    private List<String> removed(PreviousManifest previous, Map<String, Claim> claims) throws IOException {
        List<String> removed = new ArrayList<>();
        if (reclaimed.sum() != previous.size()) {
            for (Manifest.Line line : Manifest.lines(site).orElse(List.of())) {
                String path = line.path();
                if (claims.containsKey(path) || claims.containsKey(Manifest.folderOf(path))) continue; // a folder's files are its own
                if (path.endsWith("/")) removed.addAll(filesIn(path, Set.of()));
                else removed.add(path);
            }
        }
        for (Map.Entry<String, Set<String>> folder : madeFolders.entrySet()) removed.addAll(filesIn(folder.getKey(), folder.getValue()));
        return removed;
    }

    /** The paths of the files the site has in a folder, but for these names, in name order. */
    private List<String> filesIn(String folder, Set<String> but) throws IOException {
        List<String> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(InsideSite.resolve(site, folder), Files::isRegularFile)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!but.contains(name)) paths.add(folder + name);
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        }
        paths.sort(null);
        return paths;
    }

    /** The new site's manifest: every claimed path, in path order, with its hashes. */
    private static List<Manifest.Line> manifestLines(Map<String, Claim> claims, PreviousManifest previous) {
        String[] paths = PathOrder.sorted(claims.keySet(), previous);
        List<Manifest.Line> lines = new ArrayList<>(paths.length);
        for (String path : paths) {
            Claim c = claims.get(path);
            lines.add(new Manifest.Line(path, c.hash(), c.madeFrom()));
        }
        return lines;
    }

    /** Deletes the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) FolderDeletion.delete(staging);
    }
}
