package org.gazette.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.gazette.curate.CuratedPage;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.link.CitationIndex;
import org.gazette.link.People;
import org.gazette.link.Person;
import org.gazette.link.PostHistory;

/**
 * Renders the archive's pages with the FreeMarker templates of a templates folder ({@code .ftlh}:
 * HTML auto-escaping on, so no content is ever written unescaped), and copies the folder's
 * {@code assets/}.
 */
public final class SiteRenderer {

    private final Configuration freemarker;
    private final Path templates;

    public SiteRenderer(Path templates) throws IOException {
        this.templates = templates;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDirectoryForTemplateLoading(templates.toFile());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /** Every file of the site, in a fixed order. */
    public List<SiteFile> render(Archive archive, List<CuratedPage> pages) throws IOException {
        PageModels models = new PageModels(archive, pages);
        List<SiteFile> files = new ArrayList<>();
        files.add(page(SitePaths.HOME, "index.ftlh", models.home()));
        for (ArchiveGazette g : archive.gazettes()) {
            files.add(page(SitePaths.gazette(g.info().slug()), "gazette.ftlh", models.gazette(g)));
            for (ArchiveIssue i : g.issues()) {
                files.add(page(SitePaths.issue(g.info().slug(), i.key()), "issue.ftlh", models.issue(i)));
            }
        }
        for (ArchiveDocument d : archive.documents().values()) {
            files.add(page(SitePaths.document(d.id()), "document.ftlh", models.document(d)));
        }
        for (Person p : archive.people().persons()) {
            files.add(page(SitePaths.person(p.id()), "person.ftlh", models.person(p)));
        }
        for (PostHistory p : archive.people().posts()) {
            files.add(page(SitePaths.post(p.id()), "post.ftlh", models.post(p)));
        }
        for (People.Organization o : archive.people().organizations()) {
            files.add(page(SitePaths.organization(o.id()), "organization.ftlh", models.organization(o)));
        }
        files.add(page(SitePaths.APPOINTMENTS, "appointments.ftlh", models.appointments()));
        for (String j : models.jurisdictions()) {
            files.add(page(SitePaths.appointmentsIn(PeopleModels.jurisdictionSlug(j)), "appointments.ftlh",
                    models.appointmentsIn(j)));
        }
        for (CitationIndex.CitedDocument c : models.citedElsewhere()) {
            files.add(page(SitePaths.cited(c.id()), "cited.ftlh", models.cited(c)));
        }
        for (CuratedPage p : pages) {
            files.add(page(SitePaths.page(p.slug()), "page.ftlh", models.curated(p)));
        }
        files.add(page(SitePaths.BROWSE, "browse-index.ftlh", models.browseIndex()));
        for (BrowseModels.Facet f : models.browseFacets()) {
            files.add(page(f.path(), "browse.ftlh", models.browsePage(f)));
        }
        files.add(page(SitePaths.DATA_QUALITY, "data-quality.ftlh", models.dataQuality()));
        files.add(page(SitePaths.SEARCH, "search.ftlh", models.search()));
        files.addAll(assets());
        return files;
    }

    private SiteFile page(String path, String template, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("template " + template + " failed for " + path + ": " + e.getMessage(), e);
        }
        return new SiteFile(path, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<SiteFile> assets() throws IOException {
        Path dir = templates.resolve("assets");
        if (!Files.isDirectory(dir)) return List.of();
        List<SiteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = templates.relativize(p).toString().replace('\\', '/');
                files.add(new SiteFile(rel, Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
