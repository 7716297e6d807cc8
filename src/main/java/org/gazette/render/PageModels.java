package org.gazette.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gazette.curate.CuratedPage;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.link.Person;
import org.gazette.link.PostHistory;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.Severity;
import org.gazette.model.StoredBody;

/**
 * Builds the data model of each page from the archive: what the templates receive, with every link
 * already made relative to the page.
 */
final class PageModels {

    private final Archive archive;
    private final CitationIndex citations;
    private final PeopleModels people;
    private final TextLinker textLinker;
    private final BrowseModels browse;
    private final QualityModels quality;
    private final List<CuratedPage> menu;
    private final ViewItems viewItems;
    private final MentionMemory mentions;
    private final ArrivalDates arrivals;
    /**
     * Each document's anchors (第N条 …), by id: for links into it, and its own 本办法第N条 references.
     * Found when first asked for: a build that keeps most pages needs only those of cited documents.
     */
    private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
    /** The lists longer than their page shows, ordered, by the page that owns them. */
    private final Map<String, LongList> longLists = new ConcurrentHashMap<>();

    PageModels(Archive archive, List<CuratedPage> pages, MentionMemory mentions) {
        this.archive = archive;
        this.mentions = mentions;
        this.menu = pages.stream().filter(p -> p.menu() != null)
                .sorted(Comparator.comparing(CuratedPage::menu).thenComparing(CuratedPage::slug)).toList();
        this.citations = archive.citations();
        this.people = new PeopleModels(archive);
        this.textLinker = new TextLinker(citations, this::anchorsOf, id -> {
            ArchiveDocument d = archive.documents().get(id);
            return d == null ? null : d.madeFrom();
        });
        this.browse = new BrowseModels(archive);
        this.quality = new QualityModels(archive.diagnostics());
        this.viewItems = new ViewItems(archive);
        this.arrivals = new ArrivalDates(archive);
    }

    Map<String, Object> home() {
        Map<String, Object> m = base(SitePaths.HOME, "首页");
        List<Views.GazetteItem> items = new ArrayList<>();
        int issueCount = 0;
        for (ArchiveGazette g : archive.gazettes()) {
            int documents = g.issues().stream().mapToInt(i -> i.documentIds().size()).sum();
            int numbered = (int) g.issues().stream().filter(i -> i.masthead() != null).count();
            issueCount += numbered;
            items.add(new Views.GazetteItem(g.info().name(), g.info().level(), g.info().region(), numbered, documents,
                    SitePaths.gazette(g.info().slug())));
        }
        List<Views.IssueItem> latest = archive.gazettes().stream().flatMap(g -> g.issues().stream())
                .filter(i -> i.masthead() != null)
                .sorted((a, b) -> Objects.toString(b.masthead().published(), String.valueOf(b.masthead().year()))
                        .compareTo(Objects.toString(a.masthead().published(), String.valueOf(a.masthead().year()))))
                .limit(10).map(i -> ViewItems.issueItem(i, "", true)).toList();
        m.put("gazettes", items);
        m.put("latest", latest);
        m.put("counts", new Views.Counts(items.size(), issueCount, archive.documents().size()));
        // Only here: a date on every document page would rewrite them all on every build of another day.
        m.put("asOf", archive.asOf().toString());
        return m;
    }

    Map<String, Object> gazette(ArchiveGazette g) {
        String page = SitePaths.gazette(g.info().slug());
        Map<String, Object> m = base(page, g.info().name());
        String root = SitePaths.rootFrom(page);
        m.put("gazette", g.info());
        m.put("feed", "feed.xml");
        Map<String, List<Views.IssueItem>> byYear = new LinkedHashMap<>();
        for (ArchiveIssue i : g.issues()) {
            String year = i.masthead() != null ? String.valueOf(i.masthead().year()) : i.key().replaceFirst("^([0-9]{4}).*", "$1");
            byYear.computeIfAbsent(year.matches("[0-9]{4}") ? year : "其他", k -> new ArrayList<>()).add(ViewItems.issueItem(i, root, false));
        }
        m.put("issuesByYear", byYear);
        return m;
    }

    Map<String, Object> issue(ArchiveIssue i) {
        String page = SitePaths.issue(i.gazette(), i.key());
        ArchiveGazette g = viewItems.gazette(i.gazette());
        Map<String, Object> m = base(page, g.info().name() + " " + ViewItems.issueLabel(i));
        String root = SitePaths.rootFrom(page);
        m.put("gazette", g.info());
        m.put("gazetteHref", root + SitePaths.gazette(g.info().slug()));
        m.put("issue", i);
        m.put("label", ViewItems.issueLabel(i));
        m.put("toc", i.toc().stream().map(t -> new Views.TocItem(t.entry().section(), t.entry().title(),
                t.entry().number() != null ? t.entry().number().source()
                        : t.entry().order() != null ? t.entry().order().normalized() : null,
                t.entry().registration() == null ? null : t.entry().registration().source(), t.entry().page(),
                t.documentId() == null ? null : root + SitePaths.document(t.documentId()))).toList());
        m.put("documents", i.documentIds().stream().distinct().map(id -> viewItems.documentItem(id, root)).toList());
        return m;
    }

    /** A document's page: its model but for the text now, the text when the page is rendered (see {@link DocumentPage}). */
    DocumentPage document(ArchiveDocument a) {
        String page = SitePaths.document(a.id());
        Document d = a.document();
        Map<String, Object> m = base(page, title(a));
        String root = SitePaths.rootFrom(page);
        m.put("id", a.id());
        // Not the Document itself: a page's model is fingerprinted whole, and the body is here already as "blocks".
        m.put("fields", viewItems.fields(d));
        m.put("appearances", a.appearances().stream().map(ap -> viewItems.appearance(ap, root)).toList());
        m.put("attachments", d.attachments().stream().map(ViewItems::attachment).toList());
        m.put("cites", d.cites().stream().map(c -> viewItems.citation(c, root)).toList());
        m.put("repeals", d.repeals().stream().map(c -> viewItems.citation(c, root)).toList());
        m.put("amends", d.amends().stream().map(c -> viewItems.citation(c, root)).toList());
        citedBy(m, longList(page, citations.citedBy(a.id())), page, root);
        m.put("interpretations", citations.explainedBy(a.id()).stream().map(id -> viewItems.documentItem(id, root)).toList());
        m.put("explains", d.explains() == null ? null : viewItems.citation(d.explains(), root));
        m.put("status", archive.statuses().get(a.id()));
        m.put("notes", a.notes());
        m.put("repealedBy", citations.repealedBy(a.id()).stream().map(id -> viewItems.documentItem(id, root)).toList());
        m.put("amendedBy", citations.amendedBy(a.id()).stream().map(id -> viewItems.documentItem(id, root)).toList());
        m.put("appointments", d.number() == null ? List.of() : people.rowsOfNotice(d.number().normalized(), root));
        return new DocumentPage(m, a, () -> anchorsOf(a.id()), root, textLinker, mentions);
    }

    private Set<String> anchorsOf(String id) {
        ArchiveDocument a = archive.documents().get(id);
        return a == null ? Set.of() : anchors.computeIfAbsent(id, k -> Set.copyOf(StoredBody.anchors(a.document().body())));
    }

    Map<String, Object> person(Person p) {
        return people.person(p, base(SitePaths.person(p.id()), p.name() + "（" + p.jurisdiction() + "）"));
    }

    Map<String, Object> post(PostHistory p) {
        return people.post(p, base(SitePaths.post(p.id()), p.organization() + p.post()));
    }

    Map<String, Object> organization(People.Organization o) {
        return people.organization(o, base(SitePaths.organization(o.id()), o.name()));
    }

    Map<String, Object> appointments() {
        return people.appointments(null, base(SitePaths.APPOINTMENTS, "人事任免"));
    }

    Map<String, Object> appointmentsIn(String jurisdiction) {
        return people.appointments(jurisdiction, base(SitePaths.appointmentsIn(PeopleModels.jurisdictionSlug(jurisdiction)),
                "人事任免 · " + jurisdiction));
    }

    List<String> jurisdictions() {
        return people.jurisdictions();
    }

    /** One year's appointments page, of all jurisdictions or of one (null: all). */
    Map<String, Object> appointmentsIn(String jurisdiction, String year) {
        return people.appointmentsIn(jurisdiction, year, base(PeopleModels.yearPath(jurisdiction, year),
                "人事任免 · " + (jurisdiction == null ? "" : jurisdiction + " · ") + year));
    }

    List<String> appointmentYears(String jurisdiction) {
        return people.years(jurisdiction);
    }

    Map<String, Object> cited(CitationIndex.CitedDocument c) {
        String page = SitePaths.cited(c.id());
        Map<String, Object> m = base(page, title(c));
        String root = SitePaths.rootFrom(page);
        m.put("cited", c);
        citedBy(m, longList(page, c.citedBy()), page, root);
        return m;
    }

    /** What a page shows of the documents that cite its document: how many, the latest, and where to find them all. */
    private void citedBy(Map<String, Object> m, LongList citers, String page, String root) {
        m.put("citedBy", citers.shown().stream().map(id -> viewItems.documentItem(id, root)).toList());
        m.put("citedByCount", citers.count());
        m.put("citedByPages", wholeListPages(citers, page, root));
    }

    /** Links to the pages of the whole of a long list shown on a page (none when the page shows it all). */
    private static List<Views.Link> wholeListPages(LongList list, String page, String root) {
        return list.runs().stream().map(r -> new Views.Link(r.label(), root + SitePaths.wholeList(page, r.key()))).toList();
    }

    /**
     * The list shown on a page. One longer than its page shows is ordered once per build and kept: its
     * whole-list pages are listed before the pages are rendered, and its owner's page needs it again.
     */
    private LongList longList(String owner, List<String> ids) {
        if (ids.size() <= LongList.SHOWN) return new LongList(ids, arrivals::of);
        return longLists.computeIfAbsent(owner, o -> new LongList(ids, arrivals::of));
    }

    /** The pages of the whole list of a document's citers (of a browse page's documents) when its page shows the latest only. */
    List<LongList.Chunk> citedByPages(ArchiveDocument a) {
        return chunks(citations.citedBy(a.id()), SitePaths.document(a.id()), title(a), "引用" + title(a) + "的文件");
    }

    List<LongList.Chunk> citedByPages(CitationIndex.CitedDocument c) {
        return chunks(c.citedBy(), SitePaths.cited(c.id()), title(c), "引用" + title(c) + "的文件");
    }

    List<LongList.Chunk> browsePages(BrowseModels.Facet f) {
        return chunks(f.ids(), f.path(), browseTitle(f), browseTitle(f) + " · 全部文件");
    }

    private List<LongList.Chunk> chunks(List<String> ids, String owner, String ownerTitle, String heading) {
        return ids.size() <= LongList.SHOWN ? List.of() // most lists: not ordered for nothing
                : longList(owner, ids).chunks(owner, ownerTitle, heading);
    }

    private static String title(ArchiveDocument a) {
        return a.document().title() == null ? a.id() : a.document().title();
    }

    private static String title(CitationIndex.CitedDocument c) {
        return c.title() != null ? "《" + c.title() + "》" : c.number();
    }

    /** A page of the whole of a long list, earliest first. */
    Map<String, Object> wholeList(LongList.Chunk c) {
        Map<String, Object> m = base(c.path(), c.heading() + "（" + c.run().label() + "）");
        m.put("heading", c.heading());
        String root = (String) m.get("root");
        m.put("owner", new Views.Link(c.ownerTitle(), root + c.owner()));
        m.put("label", c.run().label());
        m.put("previous", c.previous() == null ? null : root + SitePaths.wholeList(c.owner(), c.previous()));
        m.put("next", c.next() == null ? null : root + SitePaths.wholeList(c.owner(), c.next()));
        m.put("documents", c.run().ids().stream().map(id -> viewItems.documentItem(id, root)).toList());
        return m;
    }

    Collection<CitationIndex.CitedDocument> citedElsewhere() {
        return citations.external().values();
    }

    Map<String, Object> curated(CuratedPage page) {
        Map<String, Object> m = base(SitePaths.page(page.slug()), page.title());
        m.put("page", page);
        return m;
    }

    Map<String, Object> browseIndex() {
        Map<String, Object> m = base(SitePaths.BROWSE, "浏览");
        String root = (String) m.get("root");
        Map<String, List<Views.Link>> facets = new LinkedHashMap<>();
        for (String facet : List.of("year", "type", "issuer")) {
            facets.put(FACET_NAMES.get(facet), browse.facets().get(facet).stream()
                    .map(f -> new Views.Link(f.value() + "（" + f.ids().size() + "）", root + f.path())).toList());
        }
        m.put("facets", facets);
        return m;
    }

    Map<String, Object> browsePage(BrowseModels.Facet f) {
        Map<String, Object> m = base(f.path(), browseTitle(f));
        String root = (String) m.get("root");
        m.put("facet", FACET_NAMES.get(f.facet()));
        m.put("value", f.value());
        LongList documents = longList(f.path(), f.ids());
        m.put("documents", documents.shown().stream().map(id -> viewItems.documentItem(id, root)).toList());
        m.put("count", documents.count());
        m.put("allPages", wholeListPages(documents, f.path(), root));
        return m;
    }

    /** A browse page's title: 文种：通知. */
    private static String browseTitle(BrowseModels.Facet f) {
        return FACET_NAMES.get(f.facet()) + "：" + f.value();
    }

    List<BrowseModels.Facet> browseFacets() {
        return browse.all();
    }

    private static final Map<String, String> FACET_NAMES = Map.of("year", "年份", "type", "文种", "issuer", "发文机关");

    Map<String, Object> search() {
        return base(SitePaths.SEARCH, "搜索");
    }

    Map<String, Object> dataQuality() {
        Map<String, Object> m = base(SitePaths.DATA_QUALITY, "数据质量");
        String root = (String) m.get("root");
        m.put("total", quality.total());
        m.put("codes", quality.byCode());
        m.put("files", quality.files().stream().map(f -> new Views.ProblemFile(f.file(), root + f.path(),
                f.count(Severity.ERROR), f.count(Severity.WARNING), f.count(Severity.INFO))).toList());
        return m;
    }

    Map<String, Object> dataQuality(QualityModels.FileProblems f) {
        Map<String, Object> m = base(f.path(), "数据质量：" + f.file());
        m.put("overview", m.get("root") + SitePaths.DATA_QUALITY);
        m.put("file", f.file());
        m.put("problems", f.problems().stream().map(d -> new Views.Problem(d.line(), d.severity().label(), d.code(),
                QualityModels.name(d.code()), d.message())).toList());
        return m;
    }

    List<QualityModels.FileProblems> qualityFiles() {
        return quality.files();
    }

    private Map<String, Object> base(String page, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        String root = SitePaths.rootFrom(page);
        m.put("title", title);
        m.put("root", root);
        m.put("home", root + SitePaths.HOME);
        m.put("stylesheet", root + SitePaths.STYLESHEET);
        m.put("dataQuality", root + SitePaths.DATA_QUALITY);
        m.put("appointmentsHref", root + SitePaths.APPOINTMENTS);
        m.put("searchHref", root + SitePaths.SEARCH);
        m.put("searchScript", root + SitePaths.SEARCH_SCRIPT);
        m.put("browseHref", root + SitePaths.BROWSE);
        m.put("menu", menu.stream().map(p -> new Views.Link(p.title(), root + SitePaths.page(p.slug()))).toList());
        return m;
    }
}
