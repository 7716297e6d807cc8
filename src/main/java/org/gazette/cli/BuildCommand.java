package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
import org.gazette.model.Severity;
import org.gazette.parse.SourceParser;
import org.gazette.publish.LinkChecker;
import org.gazette.publish.SiteWriter;
import org.gazette.render.SiteFile;
import org.gazette.render.SiteRenderer;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/** {@code gazette build}: content → parse → link → render → check links → publish. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the static site from the content folder.",
                "Bad input is reported with file and line and the rest still builds; the site is swapped in "
                        + "only when complete. Exit status: 0 built, 1 not built (broken links, template error)."})
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", defaultValue = "templates", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = {"-o", "--out"}, defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Compute document status (in force, expired, repealed) as of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site will be published (https://example.org/gazette/): makes the sitemap and feeds absolute.")
    void baseUrl(String url) {
        if (!url.matches("https?://\\S+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an http(s) URL: " + url);
        }
        baseUrl = url.endsWith("/") ? url : url + "/";
    }

    String baseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        if (!Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no templates folder: " + templates);
        }
        long started = System.nanoTime();
        ContentTree.Scan scan = new ContentTree().scan(content);
        SourceReader reader = new SourceReader();
        SourceParser parser = new SourceParser();
        List<Linker.GazetteSources> input = new ArrayList<>();
        SidecarCurator sidecars = new SidecarCurator();
        List<Diagnostic> curationProblems = new ArrayList<>();
        for (ContentTree.GazetteFolder folder : scan.gazettes()) {
            List<ParsedSource> sources = new ArrayList<>();
            Map<String, SourceCuration> curation = new java.util.HashMap<>();
            for (Path file : folder.files()) {
                String name = DisplayPaths.of(file);
                SidecarCurator.Result curated = sidecars.apply(parser.parse(reader.read(file, name), name), file,
                        DisplayPaths.of(SidecarCurator.sidecarOf(file)));
                sources.add(curated.source());
                curation.put(name, curated.curation());
                curationProblems.addAll(curated.diagnostics());
            }
            input.add(new Linker.GazetteSources(folder.info(), sources, curation));
        }
        List<Diagnostic> earlier = new ArrayList<>(scan.diagnostics());
        PeopleCurationReader.Result curation = new PeopleCurationReader()
                .read(content, DisplayPaths.of(content.resolve(PeopleCurationReader.PATH)));
        earlier.addAll(curation.diagnostics());
        earlier.addAll(curationProblems);
        Archive archive = new Linker().link(input, earlier, curation.curation(), asOf == null ? LocalDate.now() : asOf);
        CuratedPageReader.Result pages = new CuratedPageReader().read(content, DisplayPaths::of);
        List<SiteFile> files = new ArrayList<>(new SiteRenderer(templates).render(archive, pages.pages()));
        files.addAll(new SiteData().files(archive));
        files.addAll(new Feeds().files(archive, baseUrl));
        files.add(new Sitemap().file(files, baseUrl));
        List<LinkChecker.BrokenLink> broken = new LinkChecker().check(files);
        if (!broken.isEmpty()) {
            broken.forEach(b -> errors.println("broken link: " + b));
            errors.printf("not published: %d broken links; %s is unchanged%n", broken.size(), out);
            return 1;
        }
        new SiteWriter().publish(files, out);

        List<Diagnostic> problems = new ArrayList<>(archive.diagnostics());
        problems.addAll(pages.diagnostics());
        for (Diagnostic d : problems) {
            if (d.severity() != Severity.INFO) errors.println(d);
        }
        long warnings = archive.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        long errorCount = archive.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        console.printf("built %s: %d gazettes, %d documents, %d files, %d errors, %d warnings (see %s), %d ms%n",
                out, archive.gazettes().size(), archive.documents().size(), files.size(), errorCount, warnings,
                out.resolve("data-quality.html"), (System.nanoTime() - started) / 1_000_000);
        console.flush();
        errors.flush();
        return 0;
    }
}
