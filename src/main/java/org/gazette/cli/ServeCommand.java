package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.gazette.publish.ChangeWatcher;
import org.gazette.publish.PreviewServer;

/** {@code gazette serve}: builds, serves the site on localhost, rebuilds on changes and reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site, serves it on http://127.0.0.1:PORT/ and rebuilds when content/ or "
                + "templates/ change; open pages reload themselves. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SiteOptions site;

    @Option(names = {"-p", "--port"}, defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        site.requireInputs(spec.commandLine());
        SiteBuild.Options options = site.build(null, false, false);
        // The port taken first: one in use had been found only after the whole first build.
        try (PreviewServer server = listen();
             ChangeWatcher watcher = new ChangeWatcher(List.of(site.content, site.templates()))) {
            BuildCommand.report(new SiteBuild(BuildProgress.QUIET, BuildCommand.notices(errors)).run(options), site.out, console, errors);
            console.printf("serving %s at http://127.0.0.1:%d/ (Ctrl-C stops)%n", site.out, server.port());
            console.flush();
            while (!Thread.currentThread().isInterrupted()) {
                if (!watcher.awaitChange(Duration.ofHours(1), Duration.ofMillis(300))) continue;
                try {
                    SiteBuild.Outcome outcome = new SiteBuild(BuildProgress.QUIET, BuildCommand.notices(errors)).run(options);
                    BuildCommand.report(outcome, site.out, console, errors);
                    if (outcome.published()) server.siteChanged();
                } catch (IOException e) {
                    errors.println("rebuild failed: " + e.getMessage());
                    errors.flush();
                }
            }
        }
        return 0;
    }

    /** The preview server on its port; a port in use is said as such. */
    private PreviewServer listen() throws IOException {
        try {
            return new PreviewServer(site.out, port);
        } catch (BindException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "port " + port
                    + " on 127.0.0.1 is in use (another gazette serve?): choose another with -p PORT");
        }
    }
}
