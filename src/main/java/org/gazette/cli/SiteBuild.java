package org.gazette.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.gazette.curate.CuratedPage;
import org.gazette.export.Feeds;
import org.gazette.export.SiteData;
import org.gazette.export.Sitemap;
import org.gazette.link.Archive;
import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;
import org.gazette.parse.ParseCache;
import org.gazette.publish.Aside;
import org.gazette.publish.LinkChecker;
import org.gazette.publish.SiteLock;
import org.gazette.publish.SitePublisher;
import org.gazette.render.MentionMemory;
import org.gazette.render.SiteFile;
import org.gazette.render.SiteFolder;
import org.gazette.render.SiteRenderer;
import org.gazette.render.SiteSink;
import org.gazette.search.IndexBuilder;
import org.gazette.search.IndexState;
import org.gazette.search.IndexStateFile;
import org.gazette.search.PublishedTexts;
import org.gazette.search.SearchFiles;
import org.gazette.search.SearchIndex;

/**
 * One build, stage after stage: source → parse → curate → link → render, export and search →
 * link check → publish. Parsing and rendering run on all cores; rendered files stream through the
 * link checker into the publisher, which writes only what changed. Shared by {@code build} and
 * {@code serve}.
 */
final class SiteBuild {

    /**
     * What to build from, where to, and as of when.
     *
     * @param clean rewrite every file, ignoring what the site's manifest says is already there
     */
    /** @param publishBroken publish a site with broken links of its own, each an error, instead of leaving the old one */
    record Options(Path content, Path templates, Path out, LocalDate asOf, String baseUrl, boolean clean, boolean publishBroken) {

        /**
         * The same, the site folder where it really is. One that is a link ({@code site →
         * /var/www/gazette}) is built where it leads, its cache and staging folders beside that: a
         * build's swap would otherwise put a folder in the link's place, and what the link led to —
         * what the web server serves — would never change again.
         */
        Options whereTheSiteIs() throws IOException {
            if (!Files.exists(out)) return this;
            return new Options(content, templates, out.toRealPath(), asOf, baseUrl, clean, publishBroken);
        }
    }

    /**
     * What came of it.
     *
     * @param published false when broken links kept the new site from replacing the old one
     * @param made      what was built from
     * @param files     what the publisher did; null when not published
     * @param siteProblems what was wrong with the site being replaced (a damaged manifest: it was made whole again)
     * @param stages    how long each stage took, in order (stage → milliseconds)
     */
    record Outcome(boolean published, Made made, SitePublisher.Result files, List<LinkChecker.BrokenLink> broken,
                   List<Diagnostic> siteProblems, long millis, Map<String, Long> stages) {

        /** The content's problems, then the site folder's (a damaged manifest). */
        List<Diagnostic> problems() {
            if (siteProblems.isEmpty()) return made.problems();
            List<Diagnostic> all = new ArrayList<>(made.problems());
            all.addAll(siteProblems);
            return all;
        }
    }

    /**
     * What the site was made from, in numbers: the archive itself is let go before the site is checked and committed.
     *
     * @param curated    the editor's pages, as published
     * @param analysed   how many entries the search index analysed
     * @param reanalysed null when the search index analysed only new and changed entries; else why it analysed every one
     */
    record Made(int gazettes, int documents, List<Diagnostic> problems, List<CuratedPage> curated, int analysed,
                String reanalysed) {

        /** The same, with more problems found as the site was checked. */
        Made with(List<Diagnostic> found) {
            if (found.isEmpty()) return this;
            List<Diagnostic> all = new ArrayList<>(problems);
            all.addAll(found);
            all.sort(Diagnostic.BY_POSITION);
            return new Made(gazettes, documents, all, curated, analysed, reanalysed);
        }
    }

    /** The linked archive and the editor's pages: everything before rendering. */
    record Linked(Archive archive, List<CuratedPage> pages) {
    }

    private final BuildProgress progress;
    /** Stage → milliseconds, in the order the stages ran: this build's own record, for its summary. */
    private final Map<String, Long> stages = new LinkedHashMap<>();
    private long stageStarted = System.nanoTime();
    /**
     * What this build is writing for the next one (the mention memory, the search index's state, the
     * parse cache's stamps, the link memory), each on a thread of its own: facts about the sources and
     * about what pages are made from, not about this site.
     */
    private final List<Aside<Void>> forNextBuild = new ArrayList<>();

    /** Where the build says what the user should know while it runs (that it waits for another). */
    private final Consumer<String> notices;

    SiteBuild(BuildProgress progress, Consumer<String> notices) {
        this.progress = progress;
        this.notices = notices;
    }

    SiteBuild() {
        this(BuildProgress.QUIET, notice -> { });
    }

    Linked link(Options o) throws IOException {
        return link(o, null);
    }

    /**
     * The archive's search index as the last build into {@code o.out()} made it, for {@code gazette
     * search}: the parses and the index's state that build kept beside the site are read (sources
     * changed since then are parsed, entries changed analysed) and nothing is written. Without such
     * a build, made from the sources alone.
     */
    SearchIndex searchIndex(Options given) throws IOException {
        Options o = given.whereTheSiteIs();
        Path cache = cacheOf(o.out());
        String version = ParseCache.codeVersion();
        boolean built = Files.isDirectory(cache);
        Linked linked = link(o, built ? ParseCache.readOnly(cache, version) : null);
        IndexState last = built ? IndexStateFile.read(indexStateOf(o), version).orElse(null) : null;
        return new IndexBuilder().build(linked.archive(), last, PublishedTexts.in(o.out()), () -> { }).index();
    }

    /** Everything before rendering; sources unchanged since the last build come from the cache, when there is one. */
    private Linked link(Options o, ParseCache cache) throws IOException {
        return new ContentReader(progress, this::stageEnded).read(o, cache);
    }

    /** Where the archive's documents take effect: China, UTC+8 all year. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The day a status is computed for when none is given: today in China, where a document
     * "自2025年1月1日起施行" is in force from midnight. The machine's own zone made a build on a server
     * kept in UTC, in the eight hours after that midnight, call it not yet in force and date the site
     * the day before.
     */
    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /**
     * Builds and publishes the site, once no other build of it runs: the lock is held until what
     * this build writes for the next one is written, whether it succeeds or fails.
     */
    Outcome run(Options given) throws IOException {
        Options o = given.whereTheSiteIs();
        SitePublisher.refuseForeign(o.out().toAbsolutePath().normalize()); // a wrong --out fails at once, leaving nothing beside it
        try (SiteLock lock = SiteLock.acquire(o.out(), notices)) {
            return publish(o);
        } catch (IOException e) {
            throw whereTheDiskIsFull(e, o.out());
        }
    }

    /**
     * A full disk, said with the folder whose disk it is: the JDK's "No space left on device" from a
     * write names no file, and what a build writes (its staging folder, its cache) is beside the site.
     */
    static IOException whereTheDiskIsFull(IOException e, Path site) {
        if (e instanceof FileSystemException || e.getMessage() == null || !e.getMessage().contains("No space left on device")) {
            return e; // a file system's exception names its file already
        }
        Path beside = site.toAbsolutePath().normalize().getParent();
        return new IOException(e.getMessage() + " (writing into " + beside
                + ", where the site, its cache and its staging folder are)", e);
    }

    private Outcome publish(Options o) throws IOException {
        long started = System.nanoTime();
        stageStarted = started;
        Path linkMemory = cacheOf(o.out()).resolve("links");
        LinkChecker links = o.clean() ? new LinkChecker() : new LinkChecker(linkMemory);
        try (SitePublisher site = SitePublisher.open(o.out(), o.clean())) {
            // A clean build parses everything afresh (and keeps the parses for the next build); an
            // incremental one reuses the parses of unchanged sources.
            String version = ParseCache.codeVersion();
            ParseCache cache = o.clean() ? ParseCache.fresh(cacheOf(o.out()), version) : new ParseCache(cacheOf(o.out()), version);
            SiteSink sink = new SiteSink() {
                @Override
                public void accept(SiteFile f) throws IOException {
                    links.add(f.path(), f.content());
                    site.put(f.path(), f.content(), f.inputs());
                }

                @Override
                public boolean keep(String path, String inputs) throws IOException {
                    if (!site.keep(path, inputs)) return false;
                    checkKept(path, inputs);
                    return true;
                }

                /** A kept file's links are checked all the same: as the last build read them, else read again. */
                private void checkKept(String path, String inputs) throws IOException {
                    if (!links.addUnchanged(path, inputs)) links.add(path, site.content(path).orElseThrow());
                }

                @Override
                public void accept(SiteFolder folder) throws IOException {
                    for (SiteFile f : folder.files()) links.add(f.path(), f.content());
                    site.put(folder);
                }

                @Override
                public boolean keep(String folder, List<String> names, String inputs) throws IOException {
                    if (!site.keep(folder, names, inputs)) return false;
                    for (String name : names) checkKept(folder + name, inputs);
                    return true;
                }
            };
            // What the last build's texts mentioned is read while this one parses and links.
            Aside<MentionMemory> mentions = o.clean() ? Aside.of(MentionMemory.empty())
                    : Aside.start("mention memory", () -> MentionMemory.read(mentionsFile(o)));
            // Not kept in a variable here: the archive is garbage once its files are made, and the
            // check and the commit then run in a heap it no longer fills.
            Made made = make(o, link(o, cache), sink, version, mentions);
            for (SiteFile f : new Sitemap().files(site.paths(), o.baseUrl())) sink.accept(f);
            CuratedAnchors.Sorted checked = CuratedAnchors.sort(links.check(site::content), made.curated(), made.problems());
            List<LinkChecker.BrokenLink> broken = checked.blocking();
            made = made.with(checked.problems());
            stageEnded("check");
            if (!broken.isEmpty() && o.publishBroken()) {
                made = made.with(broken.stream().map(SiteBuild::publishedBroken).toList());
                broken = List.of();
            }
            if (!broken.isEmpty()) {
                awaitForNextBuild();
                return new Outcome(false, made, null, broken, site.problems(), millisSince(started), stages);
            }
            // Which parses this build used and what each page links to are written while the site is committed.
            Map<String, String> madeFrom = site.pagesMadeFrom();
            writeForNextBuild("parse cache and link memory", () -> {
                cache.finish();
                links.remember(linkMemory, madeFrom);
            });
            SitePublisher.Result result;
            try (BuildProgress.Stage stage = progress.stage("publish", 1)) {
                result = site.commit();
                stage.step();
            }
            awaitForNextBuild();
            stageEnded("publish");
            return new Outcome(true, made, result, List.of(), site.problems(), millisSince(started), stages);
        } catch (IOException | RuntimeException e) {
            forNextBuild.forEach(write -> write.awaitAfter(e)); // nothing left writing while the build ends
            throw e;
        }
    }

    /**
     * A broken link of the site's own, published as the publisher asked: an error on its page. It is
     * a fault of gazette's (the content's broken links are the editor's, and are taken out), which a
     * publisher may not want to keep every new issue from being published until it is mended.
     */
    private static Diagnostic publishedBroken(LinkChecker.BrokenLink b) {
        return new Diagnostic(b.page(), 0, Severity.ERROR, "broken-link-published", "the link to " + b.href()
                + " leads nowhere (" + b.reason() + "); published as --publish-broken-links asked (a fault of gazette's: "
                + "please report it)");
    }

    /** Renders the pages, the data files and feeds, and the search index, into the sink. */
    private Made make(Options o, Linked linked, SiteSink sink, String version, Aside<MentionMemory> mentions)
            throws IOException {
        // The index of the last build, if any (then only new and changed entries are analysed), is
        // read while the pages are rendered.
        Path indexState = indexStateOf(o);
        Aside<IndexState> lastIndex = o.clean() ? Aside.of(null)
                : Aside.start("search index state", () -> IndexStateFile.read(indexState, version).orElse(null));
        Rendered pages = renderPages(o, linked, sink, version, mentions);
        List<CuratedPage> curated = linked.pages();
        // Nothing holds the archive now but the data files' thread, until they are written: the index,
        // a build's peak of memory, is made in the room its documents leave (an 80,000-document full
        // build's live heap 308 MB as its index began, against 572 MB).
        linked = null;
        IndexBuilder.Built index;
        try {
            try (BuildProgress.Stage stage = progress.stage("index", pages.entries().size())) {
                // Analysing every entry is the build's peak of memory: the data files are finished
                // first. Bringing the last index up to date is light and mostly on one core: the
                // data files, which outlast an incremental build's pages by a second, are finished meanwhile.
                IndexState last = lastIndex.get();
                if (last == null) pages.data().get();
                // The site being replaced is still whole: its search texts tell what long entries held, should one go.
                index = new IndexBuilder().build(pages.entries(), last, PublishedTexts.in(o.out()), stage::step);
            }
            pages.data().get();
        } catch (IOException | RuntimeException e) {
            pages.data().awaitAfter(e); // not left writing into a site that is being given up
            throw e;
        }
        stageEnded("index");
        try (BuildProgress.Stage stage = progress.stage("search", pages.entries().size())) {
            new SearchFiles(version).write(index.index(), sink, stage::step);
        }
        // Kept now, whether or not this site is published: the state stands for this archive, not for
        // the site. Written while the site is checked and committed.
        if (!index.unchanged()) {
            IndexState state = index.state();
            writeForNextBuild("search index state", () -> IndexStateFile.write(indexState, version, state));
        }
        stageEnded("search");
        return new Made(pages.gazettes(), pages.documents(), pages.problems(), curated, index.analysed(), index.reanalysed());
    }

    /**
     * What the rest of a build needs of the archive once its pages are rendered: the entries of its
     * search index, its figures and problems, and the data files being written from it.
     */
    private record Rendered(IndexBuilder.Entries entries, Aside<Void> data, int gazettes, int documents,
                            List<Diagnostic> problems) {
    }

    /** Renders the pages, and starts the data files and feeds (the work of one thread, beside the pages). */
    private Rendered renderPages(Options o, Linked linked, SiteSink sink, String version, Aside<MentionMemory> mentions)
            throws IOException {
        Archive archive = linked.archive();
        Aside<Void> data = Aside.run("data files", () -> {
            for (SiteFile f : new SiteData().files(archive)) sink.accept(f);
            for (SiteFile f : new Feeds().files(archive, o.baseUrl())) sink.accept(f);
        });
        List<Diagnostic> problems;
        try {
            problems = render(o, linked, sink, version, mentions.get());
        } catch (IOException | RuntimeException e) {
            data.awaitAfter(e);
            throw e;
        }
        stageEnded("render");
        return new Rendered(IndexBuilder.entriesOf(archive), data, archive.gazettes().size(), archive.documents().size(),
                problems);
    }

    /** The files of the site other than its pages and assets: what an editor may link to. */
    static SiteRenderer.OtherFiles otherFiles(Archive archive) {
        Set<String> files = new HashSet<>(SiteData.PATHS);
        files.addAll(Feeds.paths(archive));
        files.add(Sitemap.PATH);
        return new SiteRenderer.OtherFiles(files, List.of(SearchFiles.FOLDER, Sitemap.FOLDER));
    }

    /**
     * Renders the pages, and returns the problems the data-quality pages show (the archive's and
     * its editor's pages'); the page models (all documents' anchors among them) are garbage when it
     * returns. What the documents' texts mention is remembered for the next build, published or not:
     * it is a fact about the texts, not about this site.
     */
    private List<Diagnostic> render(Options o, Linked linked, SiteSink sink, String codeVersion, MentionMemory mentions) throws IOException {
        SiteRenderer.Rendering rendering = new SiteRenderer(o.templates(), codeVersion)
                .prepare(linked.archive(), linked.pages(), mentions, otherFiles(linked.archive()));
        try (BuildProgress.Stage stage = progress.stage("render", rendering.pages())) {
            rendering.into(sink, stage::step);
        }
        if (mentions.changed()) writeForNextBuild("mention memory", () -> mentions.write(mentionsFile(o)));
        return rendering.problems();
    }

    /** Starts writing something for the next build on a thread of its own. */
    private void writeForNextBuild(String name, Aside.Work write) {
        forNextBuild.add(Aside.run(name, write));
    }

    /** Waits for what is being written for the next build; a failure to write it is the build's (the others are awaited by {@link #run}). */
    private void awaitForNextBuild() throws IOException {
        for (Aside<Void> write : forNextBuild) write.get();
        forNextBuild.clear();
    }

    /** What the documents' texts mentioned, as the last build left it ({@link MentionMemory}). */
    private static Path mentionsFile(Options o) {
        return cacheOf(o.out()).resolve("mentions");
    }

    /** Where the search index's state is kept for the next build ({@link IndexStateFile}). */
    private static Path indexStateOf(Options o) {
        return cacheOf(o.out()).resolve("index");
    }

    /** The cache folder of an output folder (parses, link memory): beside it, {@code .site.cache/} for {@code site/}. */
    static Path cacheOf(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".cache");
    }

    private void stageEnded(String stage) {
        long now = System.nanoTime();
        stages.put(stage, (now - stageStarted) / 1_000_000);
        stageStarted = now;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
