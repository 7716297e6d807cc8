package org.gazette.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import org.gazette.source.ContentTree;

/** The options every command that builds a site shares. */
final class SiteOptions {

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", defaultValue = "templates", description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = {"-o", "--out"}, defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Compute document status (in force, expired, repealed) as of this date (default: today).")
    LocalDate asOf;

    /**
     * Refuses to build from folders that are not there: a content folder without {@code gazettes/}
     * (a mistyped {@code --content}) would otherwise replace the site with an empty archive.
     */
    void requireInputs(CommandLine commandLine) {
        if (!Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(commandLine, "no templates folder: " + templates);
        }
        if (!Files.isDirectory(content.resolve(ContentTree.GAZETTES))) {
            throw new CommandLine.ParameterException(commandLine, "no " + ContentTree.GAZETTES + "/ folder in " + content
                    + ": nothing to build from (a wrong --content?); " + out + " is left as it is");
        }
    }

    SiteBuild.Options build(String baseUrl, boolean clean) {
        return new SiteBuild.Options(content, templates, out, asOf, baseUrl, clean);
    }
}
