package org.gazette.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.apache.commons.io.output.StringBuilderWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.gazette.curate.CuratedPage;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.link.Person;
import org.gazette.link.PostHistory;
import org.gazette.model.Diagnostic;

/**
 * Renders the archive's pages with the FreeMarker templates of a templates folder ({@code .ftlh}:
 * HTML auto-escaping on, so no content is ever written unescaped), and copies the folder's
 * {@code assets/}.
 */
public final class SiteRenderer {

    private final Configuration freemarker;
    private final Path templates;
    private final PageInputs inputs;
    /**
     * Each thread's page text, used again for each page it renders: a builder for each of a full
     * build's 27,000 pages, grown as the page was written, was 2.9 of the 32 GB it allocated.
     */
    private final ThreadLocal<StringBuilder> pageText = ThreadLocal.withInitial(() -> new StringBuilder(32 * 1024));
    /** Each thread's encoder of its pages' text. */
    private final ThreadLocal<Utf8Buffer> pageBytes = ThreadLocal.withInitial(Utf8Buffer::new);

    /**
     * @param codeVersion the identity of the running code: pages rendered by another version are
     *                    rendered again, as are all pages when a template changes
     */
    public SiteRenderer(Path templates, String codeVersion) throws IOException {
        this.templates = templates;
        this.inputs = PageInputs.of(codeVersion, templates);
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(templates.toFile());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        // Counts written as in China (20,000 件) on every machine: FreeMarker's default is the JVM's
        // locale, so a server under de_DE wrote 20.000, and a build there rewrote every page with a count.
        freemarker.setLocale(Locale.SIMPLIFIED_CHINESE);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /**
     * The files of a site other than its pages and assets, known before they are made (data, feeds),
     * and the folders of those named only as the site is made (the search index's).
     */
    public record OtherFiles(Set<String> paths, List<String> foldersNamedLater) {
    }

    /** One page to render: where it goes, with which template, and how to build its model. */
    private record Page(String path, String template, java.util.function.Supplier<PageModel> model) {

        /** A page made from its model alone. */
        static Page of(String path, String template, java.util.function.Supplier<Map<String, Object>> model) {
            return new Page(path, template, () -> PageModel.of(model.get()));
        }
    }

    /** The pages of an archive, listed and ready to render. */
    public final class Rendering {
        private final List<Page> pages;
        private final List<Path> assets;
        private final List<Diagnostic> problems;

        private Rendering(List<Page> pages, List<Path> assets, List<Diagnostic> problems) {
            this.pages = pages;
            this.assets = assets;
            this.problems = problems;
        }

        /** The archive's problems and those of its editor's pages: what the data-quality pages show. */
        public List<Diagnostic> problems() {
            return problems;
        }

        /** How many pages there are. */
        public int pages() {
            return pages.size();
        }

        /**
         * Renders every page and copies the assets into a sink, on all cores (pages are independent;
         * their models read the archive and never change it). A page whose inputs, template and code
         * are those an earlier build rendered it from is kept if the sink still has it, not rendered
         * (and a document page's text not even cut into segments: see {@link DocumentPage}).
         *
         * @param rendered called once per page done, rendered or kept, from any thread (for progress)
         */
        public void into(SiteSink sink, Runnable rendered) throws IOException {
            SiteSink.inParallel(pages.size(), i -> {
                Page p = pages.get(i);
                PageModel model = p.model().get();
                Map<String, Object> known = model.inputs();
                if (known == null) {
                    model.model(); // what the page is made from is known once its model is built
                    known = model.inputs();
                }
                String fingerprint = known == null ? null : inputs.of(p.template(), known);
                if (fingerprint == null || !sink.keep(p.path(), fingerprint)) {
                    sink.accept(page(p.path(), p.template(), model.model(), fingerprint));
                }
                rendered.run();
            });
            for (Path a : assets) sink.accept(new SiteFile(assetPath(a), Files.readAllBytes(a)));
        }
    }

    /**
     * Lists the pages of an archive and its editor's pages.
     *
     * @param mentions   what the documents' texts mention, as far as known; it learns what it did not know
     * @param otherFiles the files other than pages and assets that the site will have: an editor's
     *                   link to a file the site has not is taken out
     */
    public Rendering prepare(Archive archive, List<CuratedPage> curated, MentionMemory mentions, OtherFiles otherFiles)
            throws IOException {
        List<Page> pages = pages(new PageModels(archive, curated, mentions), archive, curated);
        Set<String> paths = new HashSet<>(otherFiles.paths());
        for (Page p : pages) paths.add(p.path());
        List<Path> assets = assetFiles();
        for (Path a : assets) paths.add(assetPath(a));
        CuratedLinks.Checked checked = CuratedLinks.check(curated, paths, otherFiles.foldersNamedLater());
        List<Diagnostic> problems = new ArrayList<>(checked.problems());
        problems.addAll(CuratedLinks.anchors(checked.pages(), idsOf(pages)));
        if (problems.isEmpty()) return new Rendering(pages, assets, archive.diagnostics());
        // Seldom: listed again, so that the data-quality pages show the editor's broken links too.
        Archive told = archive.withDiagnostics(problems);
        return new Rendering(pages(new PageModels(told, checked.pages(), mentions), told, checked.pages()), assets,
                told.diagnostics());
    }

    /**
     * The ids of a page, read from it rendered alone (each page asked for once); null for a page
     * not listed, or a data-quality page, which the editor's own problems change.
     */
    private Function<String, Set<String>> idsOf(List<Page> pages) {
        Map<String, Page> byPath = new HashMap<>(); // listed at the first question: most builds ask none
        Map<String, Set<String>> read = new HashMap<>();
        return path -> {
            if (byPath.isEmpty()) for (Page p : pages) byPath.put(p.path(), p);
            Page p = byPath.get(path);
            if (p == null || p.template().startsWith("data-quality")) return null;
            return read.computeIfAbsent(path, x -> {
                try {
                    Set<String> ids = new HashSet<>();
                    String html = new String(page(p.path(), p.template(), p.model().get().model(), null).content(), StandardCharsets.UTF_8);
                    for (Element e : Jsoup.parse(html).select("[id]")) ids.add(e.id());
                    return ids;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }

    private static List<Page> pages(PageModels models, Archive archive, List<CuratedPage> curated) throws IOException {
        // The whole lists of the documents' citers, on all cores: ordering the long ones by arrival
        // was most of listing the pages, on one thread while the other core had little to do.
        List<ArchiveDocument> documents = List.copyOf(archive.documents().values());
        List<List<LongList.Chunk>> citers = inParallel(documents, models::citedByPages);
        List<Page> pages = new ArrayList<>();
        pages.add(Page.of(SitePaths.HOME, "index.ftlh", () -> models.home()));
        for (ArchiveGazette g : archive.gazettes()) {
            pages.add(Page.of(SitePaths.gazette(g.info().slug()), "gazette.ftlh", () -> models.gazette(g)));
            for (ArchiveIssue i : g.issues()) {
                pages.add(Page.of(SitePaths.issue(g.info().slug(), i.key()), "issue.ftlh", () -> models.issue(i)));
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            ArchiveDocument d = documents.get(i);
            pages.add(new Page(SitePaths.document(d.id()), "document.ftlh", () -> models.document(d)));
            wholeList(pages, models, citers.get(i));
        }
        for (Person p : archive.people().persons()) {
            pages.add(Page.of(SitePaths.person(p.id()), "person.ftlh", () -> models.person(p)));
        }
        for (PostHistory p : archive.people().posts()) {
            pages.add(Page.of(SitePaths.post(p.id()), "post.ftlh", () -> models.post(p)));
        }
        for (People.Organization o : archive.people().organizations()) {
            pages.add(Page.of(SitePaths.organization(o.id()), "organization.ftlh", () -> models.organization(o)));
        }
        pages.add(Page.of(SitePaths.APPOINTMENTS, "appointments.ftlh", () -> models.appointments()));
        List<String> scopes = new ArrayList<>();
        scopes.add(null); // every jurisdiction's
        for (String j : models.jurisdictions()) {
            pages.add(Page.of(SitePaths.appointmentsIn(PeopleModels.jurisdictionSlug(j)), "appointments.ftlh",
                    () -> models.appointmentsIn(j)));
            scopes.add(j);
        }
        for (String j : scopes) {
            for (String year : models.appointmentYears(j)) {
                pages.add(Page.of(PeopleModels.yearPath(j, year), "appointments.ftlh", () -> models.appointmentsIn(j, year)));
            }
        }
        for (CitationIndex.CitedDocument c : models.citedElsewhere()) {
            pages.add(Page.of(SitePaths.cited(c.id()), "cited.ftlh", () -> models.cited(c)));
            wholeList(pages, models, models.citedByPages(c));
        }
        for (CuratedPage p : curated) {
            pages.add(Page.of(SitePaths.page(p.slug()), "page.ftlh", () -> models.curated(p)));
        }
        pages.add(Page.of(SitePaths.BROWSE, "browse-index.ftlh", () -> models.browseIndex()));
        for (BrowseModels.Facet f : models.browseFacets()) {
            pages.add(Page.of(f.path(), "browse.ftlh", () -> models.browsePage(f)));
            wholeList(pages, models, models.browsePages(f));
        }
        pages.add(Page.of(SitePaths.DATA_QUALITY, "data-quality.ftlh", () -> models.dataQuality()));
        for (QualityModels.FileProblems f : models.qualityFiles()) {
            pages.add(Page.of(f.path(), "data-quality-file.ftlh", () -> models.dataQuality(f)));
        }
        pages.add(Page.of(SitePaths.SEARCH, "search.ftlh", () -> models.search()));
        return pages;
    }

    /** Each item's value, made on all cores ({@link SiteSink#inParallel}), in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> value) throws IOException {
        List<R> values = new ArrayList<>(Collections.nCopies(items.size(), null));
        SiteSink.inParallel(items.size(), i -> values.set(i, value.apply(items.get(i))));
        return values;
    }

    /** The pages of the whole of a list of documents whose owner's page shows only the latest. */
    private static void wholeList(List<Page> pages, PageModels models, List<LongList.Chunk> chunks) {
        for (LongList.Chunk c : chunks) pages.add(Page.of(c.path(), "list.ftlh", () -> models.wholeList(c)));
    }

    private SiteFile page(String path, String template, Map<String, Object> model, String fingerprint) throws IOException {
        // Into a StringBuilder through a writer that takes no lock (a StringWriter's StringBuffer
        // locked for each of the many small pieces a template writes: 500 MB of document pages)
        // and makes no string of each piece of a template's own text it is given (Guava's
        // CharStreams.asWriter did: 0.8 of the 28 GB a full build allocated).
        StringBuilder out = pageText.get();
        out.setLength(0);
        try {
            freemarker.getTemplate(template).process(model, new StringBuilderWriter(out));
        } catch (TemplateException e) {
            throw new IOException("template " + template + " failed for " + path + ": " + e.getMessage(), e);
        }
        return new SiteFile(path, pageBytes.get().encode(out), fingerprint);
    }

    /** The files of the templates' {@code assets/}, in order. */
    private List<Path> assetFiles() throws IOException {
        Path dir = templates.resolve("assets");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private String assetPath(Path file) {
        return templates.relativize(file).toString().replace('\\', '/');
    }
}
