package org.gazette.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.curate.CuratedPageReader;
import org.gazette.curate.PeopleCurationReader;
import org.gazette.curate.SidecarCurator;
import org.gazette.curate.SourceCuration;
import org.gazette.export.Feeds;
import org.gazette.export.SiteData;
import org.gazette.export.Sitemap;
import org.gazette.link.Archive;
import org.gazette.link.Linker;
import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.publish.LinkChecker;
import org.gazette.publish.SiteWriter;
import org.gazette.render.SiteFile;
import org.gazette.search.IndexBuilder;
import org.gazette.search.SearchFiles;
import org.gazette.render.SiteRenderer;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/**
 * One build, stage after stage: source → parse → curate → link → render and export → link check
 * → publish. Shared by {@code build} and {@code serve}.
 */
final class SiteBuild {

    /** What to build from, where to, and as of when. */
    record Options(Path content, Path templates, Path out, LocalDate asOf, String baseUrl) {
    }

    /**
     * What came of it.
     *
     * @param published false when broken links kept the new site from replacing the old one
     */
    record Outcome(boolean published, Archive archive, int files, List<LinkChecker.BrokenLink> broken,
                   List<Diagnostic> problems, long millis) {
    }

    /** The linked archive and the editor's pages: everything before rendering. */
    record Linked(Archive archive, List<org.gazette.curate.CuratedPage> pages) {
    }

    Linked link(Options o) {
        ContentTree.Scan scan = new ContentTree().scan(o.content());
        List<Diagnostic> earlier = new ArrayList<>(scan.diagnostics());
        SourceReader reader = new SourceReader();
        SourceParser parser = new SourceParser();
        SidecarCurator sidecars = new SidecarCurator();
        List<Linker.GazetteSources> input = new ArrayList<>();
        for (ContentTree.GazetteFolder folder : scan.gazettes()) {
            List<ParsedSource> sources = new ArrayList<>();
            Map<String, SourceCuration> curation = new HashMap<>();
            for (Path file : folder.files()) {
                String name = DisplayPaths.of(file);
                SidecarCurator.Result curated = sidecars.apply(parser.parse(reader.read(file, name), name), file,
                        DisplayPaths.of(SidecarCurator.sidecarOf(file)));
                sources.add(curated.source());
                curation.put(name, curated.curation());
                earlier.addAll(curated.diagnostics());
            }
            input.add(new Linker.GazetteSources(folder.info(), sources, curation));
        }
        PeopleCurationReader.Result people = new PeopleCurationReader()
                .read(o.content(), DisplayPaths.of(o.content().resolve(PeopleCurationReader.PATH)));
        earlier.addAll(people.diagnostics());
        CuratedPageReader.Result pages = new CuratedPageReader().read(o.content(), DisplayPaths::of);
        earlier.addAll(pages.diagnostics());
        return new Linked(new Linker().link(input, earlier, people.curation(), o.asOf() == null ? LocalDate.now() : o.asOf()),
                pages.pages());
    }

    Outcome run(Options o) throws IOException {
        long started = System.nanoTime();
        Linked linked = link(o);
        Archive archive = linked.archive();
        List<SiteFile> files = new ArrayList<>(new SiteRenderer(o.templates()).render(archive, linked.pages()));
        files.addAll(new SiteData().files(archive));
        files.addAll(new SearchFiles().files(new IndexBuilder().build(archive)));
        files.addAll(new Feeds().files(archive, o.baseUrl()));
        files.add(new Sitemap().file(files, o.baseUrl()));
        List<LinkChecker.BrokenLink> broken = new LinkChecker().check(files);
        if (broken.isEmpty()) new SiteWriter().publish(files, o.out());
        return new Outcome(broken.isEmpty(), archive, files.size(), broken, archive.diagnostics(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
