package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;
import org.gazette.publish.SitePublisher;

/** {@code gazette build}: content → parse → link → render → check links → publish. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the static site from the content folder.",
                "Bad input is reported with file and line and the rest still builds. Only new and changed files "
                        + "are written, and nothing in the output folder changes until the whole site is built and its "
                        + "links checked; a killed build leaves the old site whole.",
                "Exit status: 0 built, 1 not built (broken links, template error, an output folder gazette did not make), "
                        + "2 bad usage (no templates folder, no gazettes/ folder in the content, a locale whose file names are not UTF-8)."})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site will be published (https://example.org/gazette/): makes the sitemap and feeds absolute.")
    void baseUrl(String url) {
        if (!url.matches("https?://\\S+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an http(s) URL: " + url);
        }
        baseUrl = url.endsWith("/") ? url : url + "/";
    }

    String baseUrl;

    @Option(names = "--clean",
            description = "Rewrite every file. By default only new and changed files are written (unchanged ones keep "
                    + "their modification time, so a sync uploads only the difference); the result is the same either way.")
    boolean clean;

    @Option(names = "--publish-broken-links",
            description = "Publish the site even when it has broken links of its own (a fault of gazette's, each listed as "
                    + "an error). By default such a site is not published and the old one is left as it is.")
    boolean publishBroken;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        site.requireInputs(spec.commandLine());
        PrintWriter errors = spec.commandLine().getErr();
        SiteBuild.Outcome outcome = new SiteBuild(BuildProgress.forConsole(), notices(errors)).run(site.build(baseUrl, clean, publishBroken));
        report(outcome, site.out, spec.commandLine().getOut(), errors);
        return outcome.published() ? 0 : 1;
    }

    /** What a build says while it runs, printed at once. */
    static Consumer<String> notices(PrintWriter errors) {
        return notice -> {
            errors.println("gazette: " + notice);
            errors.flush();
        };
    }

    /** Prints a build's problems (notes stay on the data-quality page) and its summary. */
    static void report(SiteBuild.Outcome outcome, Path out, PrintWriter console, PrintWriter errors) {
        boolean told = false;
        for (Diagnostic d : outcome.problems()) {
            if (d.severity() == Severity.INFO) continue;
            errors.println(d);
            told = true;
        }
        if (told) errors.println(ExplainCommand.HINT);
        if (!outcome.published()) {
            outcome.broken().forEach(b -> errors.println("broken link: " + b));
            errors.printf("not published: %s; %s is unchanged (--publish-broken-links publishes it all the same)%n",
                    Counted.of(outcome.broken().size(), "broken link"), out);
        } else {
            // The content's problems are on the data-quality page; the site folder's (a damaged manifest) only above.
            long warnings = outcome.made().problems().stream().filter(d -> d.severity() == Severity.WARNING).count();
            long errorCount = outcome.made().problems().stream().filter(d -> d.severity() == Severity.ERROR).count();
            console.println(outcome.stages().entrySet().stream()
                    .map(s -> String.format("%s %.1f s", s.getKey(), s.getValue() / 1000.0))
                    .collect(java.util.stream.Collectors.joining(" · ", "stages: ", "")));
            SiteBuild.Made made = outcome.made();
            console.println(made.reanalysed() == null
                    ? String.format("search index: %d new or changed entries analysed, the others' postings kept", made.analysed())
                    : String.format("search index: all %d entries analysed (%s)", made.analysed(), made.reanalysed()));
            SitePublisher.Result files = outcome.files();
            String siteProblems = outcome.siteProblems().isEmpty() ? ""
                    : ", " + Counted.of(outcome.siteProblems().size(), "problem") + " of the output folder (above)";
            console.printf("built %s: %s, %s, %s (%d written, %d unchanged, %d removed), %s, %s (see %s)%s, %.1f s%n",
                    out, Counted.of(made.gazettes(), "gazette"), Counted.of(made.documents(), "document"),
                    Counted.of(files.files(), "file"), files.written(), files.unchanged(), files.removed(),
                    Counted.of(errorCount, "error"), Counted.of(warnings, "warning"),
                    out.resolve("data-quality.html"), siteProblems, outcome.millis() / 1000.0);
        }
        console.flush();
        errors.flush();
    }
}
