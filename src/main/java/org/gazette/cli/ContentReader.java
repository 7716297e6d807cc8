package org.gazette.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gazette.curate.CuratedPageReader;
import org.gazette.curate.PeopleCurationReader;
import org.gazette.curate.SidecarCurator;
import org.gazette.curate.SourceCuration;
import org.gazette.link.Linker;
import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.parse.ParseCache;
import org.gazette.parse.SharedStrings;
import org.gazette.parse.SourceParser;
import org.gazette.render.SiteSink;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/**
 * A build's first stages, source → parse → curate → link: the content folder read into a linked
 * archive and the editor's pages, every problem found on the way among the archive's diagnostics.
 */
final class ContentReader {

    private final BuildProgress progress;
    /** Told the name of each stage as it ends: scan, parse, link. */
    private final Consumer<String> stageEnded;

    ContentReader(BuildProgress progress, Consumer<String> stageEnded) {
        this.progress = progress;
        this.stageEnded = stageEnded;
    }

    /**
     * The content's archive, linked, and its editor's pages.
     *
     * @param cache the parses of earlier builds (sources unchanged since come from it); null to parse every source
     */
    SiteBuild.Linked read(SiteBuild.Options o, ParseCache cache) throws IOException {
        ContentTree.Scan scan = new ContentTree().scan(o.content());
        Function<Path, String> named = file -> ContentTree.nameOf(o.content(), file); // as diagnostics and the site name it
        List<Diagnostic> earlier = new ArrayList<>(scan.diagnostics());
        List<Path> files = scan.gazettes().stream().flatMap(g -> g.files().stream()).toList();
        stageEnded.accept("scan");
        Map<Path, Curated> parsed = parse(named, files, cache);
        stageEnded.accept("parse");
        List<Linker.GazetteSources> input = new ArrayList<>();
        for (ContentTree.GazetteFolder folder : scan.gazettes()) {
            List<ParsedSource> sources = new ArrayList<>();
            Map<String, SourceCuration> curation = new LinkedHashMap<>();
            Map<String, String> madeFrom = new LinkedHashMap<>();
            for (Path file : folder.files()) {
                Curated curated = parsed.get(file);
                sources.add(curated.result().source());
                curation.put(curated.result().source().file(), curated.result().curation());
                if (curated.madeFrom() != null) madeFrom.put(curated.result().source().file(), curated.madeFrom());
                earlier.addAll(curated.result().diagnostics());
            }
            earlier.addAll(SidecarCurator.orphans(folder.files(), folder.markdown(), named));
            input.add(new Linker.GazetteSources(folder.info(), sources, curation, madeFrom));
        }
        PeopleCurationReader.Result people = new PeopleCurationReader()
                .read(o.content(), named.apply(o.content().resolve(PeopleCurationReader.PATH)));
        earlier.addAll(people.diagnostics());
        CuratedPageReader.Result pages = new CuratedPageReader().read(o.content(), named);
        earlier.addAll(pages.diagnostics());
        SiteBuild.Linked linked = new SiteBuild.Linked(new Linker().link(input, earlier, people.curation(),
                o.asOf() == null ? SiteBuild.today(Clock.systemUTC()) : o.asOf()), pages.pages());
        stageEnded.accept("link");
        return linked;
    }

    /** A curated source, and what it was made from (null when parsed without a cache: not known). */
    private record Curated(SidecarCurator.Result result, String madeFrom) {
    }

    /**
     * Reads, parses and curates every source file, on all cores (each file stands alone).
     *
     * @param named a content file's name ({@link ContentTree#nameOf})
     */
    private Map<Path, Curated> parse(Function<Path, String> named, List<Path> files, ParseCache cache) throws IOException {
        SourceReader reader = new SourceReader();
        SourceParser parser = new SourceParser();
        SidecarCurator sidecars = new SidecarCurator();
        SharedStrings shared = new SharedStrings(); // for this stage alone: it holds every string it shares
        try (BuildProgress.Stage stage = progress.stage("parse", files.size())) {
            Curated[] results = new Curated[files.size()];
            SiteSink.inParallel(files.size(), i -> {
                Path file = files.get(i);
                String name = named.apply(file);
                ParseCache.Entry entry = cache == null ? null : cache.parse(file, name, reader, parser, shared);
                ParsedSource source = entry == null ? parser.parse(reader.read(file, name), name) : entry.source();
                SidecarCurator.Result curated = sidecars.apply(source, file, named.apply(SidecarCurator.sidecarOf(file)));
                results[i] = new Curated(curated, entry == null ? null : curated.madeFrom(entry.key()));
                stage.step();
            });
            Map<Path, Curated> byFile = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) byFile.put(files.get(i), results[i]);
            return byFile;
        }
    }
}
