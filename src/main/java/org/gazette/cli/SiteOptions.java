package org.gazette.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine.Option;

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

    SiteBuild.Options build(String baseUrl, boolean clean) {
        return new SiteBuild.Options(content, templates, out, asOf, baseUrl, clean);
    }
}
