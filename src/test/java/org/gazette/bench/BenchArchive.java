package org.gazette.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gazette.curate.PeopleCuration;
import org.gazette.link.Archive;
import org.gazette.link.Linker;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/** The benchmarks' archive: a content folder parsed and linked, without curation. */
final class BenchArchive {

    private BenchArchive() {
    }

    static Archive of(Path content) {
        ContentTree.Scan scan = new ContentTree().scan(content);
        List<Linker.GazetteSources> input = new ArrayList<>();
        for (ContentTree.GazetteFolder f : scan.gazettes()) {
            List<ParsedSource> sources = new ArrayList<>();
            for (Path file : f.files()) sources.add(new SourceParser().parse(new SourceReader().read(file, file.toString()), file.toString()));
            input.add(new Linker.GazetteSources(f.info(), sources));
        }
        return new Linker().link(input, List.of(), PeopleCuration.NONE, LocalDate.now());
    }
}
