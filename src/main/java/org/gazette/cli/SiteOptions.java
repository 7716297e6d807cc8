package org.gazette.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
     * Refuses to build from folders that are not there — a content folder without {@code gazettes/}
     * (a mistyped {@code --content}) would otherwise replace the site with an empty archive — or into
     * one that cannot be replaced on its own: a file system's root (the new site is made beside it),
     * a folder inside the content or the templates (its staging folder would be read as input) or
     * holding them (replacing it would delete them).
     */
    void requireInputs(CommandLine commandLine) {
        Path site = out.toAbsolutePath().normalize();
        if (site.getParent() == null) {
            throw new CommandLine.ParameterException(commandLine, "the output folder cannot be a file system's root: " + out);
        }
        for (Path input : List.of(content, templates)) {
            Path in = input.toAbsolutePath().normalize();
            if (site.startsWith(in) || in.startsWith(site)) {
                throw new CommandLine.ParameterException(commandLine, "the output folder " + out + " and the input folder "
                        + input + " must not hold one another: the output folder is replaced by each build");
            }
        }
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
