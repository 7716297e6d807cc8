package org.gazette.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

    /**
     * Where the launcher says the templates gazette comes with are (its own {@code templates/}), so that
     * a build run from another folder (a publisher's archive kept apart from the tool) finds them.
     */
    static final String SHIPPED_TEMPLATES = "gazette.templates";

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: the templates gazette comes with).")
    private Path templates;

    @Option(names = {"-o", "--out"}, defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Compute document status (in force, expired, repealed) as of this date (default: today in China, UTC+8).")
    LocalDate asOf;

    /**
     * The templates: those asked for, else those gazette comes with — named by the launcher, or
     * {@code templates} in the working folder when run without it (from the project's folder).
     * Relative to the working folder, the default had made a build from anywhere else fail with
     * "no templates folder: templates".
     */
    Path templates() {
        if (templates != null) return templates;
        String shipped = System.getProperty(SHIPPED_TEMPLATES);
        return Path.of(shipped != null ? shipped : "templates");
    }

    /**
     * Refuses to build from folders that are not there — a content folder without {@code gazettes/}
     * (a mistyped {@code --content}) would otherwise replace the site with an empty archive — or into
     * one that cannot be replaced on its own: a file system's root (the new site is made beside it),
     * a folder inside the content or the templates (its staging folder would be read as input) or
     * holding them (replacing it would delete them).
     */
    void requireInputs(CommandLine commandLine) {
        String names = fileNamesProblem(System.getProperty("os.name", ""), System.getProperty("sun.jnu.encoding", ""));
        if (names != null) throw new CommandLine.ParameterException(commandLine, names);
        Path site = out.toAbsolutePath().normalize();
        if (site.getParent() == null) {
            throw new CommandLine.ParameterException(commandLine, "the output folder cannot be a file system's root: " + out);
        }
        for (Path input : List.of(content, templates())) {
            Path in = input.toAbsolutePath().normalize();
            if (site.startsWith(in) || in.startsWith(site)) {
                throw new CommandLine.ParameterException(commandLine, "the output folder " + out + " and the input folder "
                        + input + " must not hold one another: the output folder is replaced by each build");
            }
        }
        if (!Files.isDirectory(templates())) {
            throw new CommandLine.ParameterException(commandLine, "no templates folder: " + templates());
        }
        if (!Files.isDirectory(content.resolve(ContentTree.GAZETTES))) {
            throw new CommandLine.ParameterException(commandLine, "no " + ContentTree.GAZETTES + "/ folder in " + content
                    + ": nothing to build from (a wrong --content?); " + out + " is left as it is");
        }
    }

    /**
     * Why this JVM cannot name the site's files, or null when it can. The site's pages have Chinese
     * names (documents/湘政发-2024-9.html) and its links are their UTF-8 bytes; outside Windows (whose
     * file names are UTF-16 whatever the code page) the JVM writes names in the charset of the
     * locale it started under, which {@code -Dsun.jnu.encoding} does not change. Under POSIX — cron, a
     * container, {@code env -i} — a build failed at its first page ("Malformed input or input contains
     * unmappable characters: documents/???-2022-13.html"); under zh_CN.GBK its names would be GBK,
     * which no link finds.
     *
     * @param jnuEncoding the charset the JVM writes file names in ({@code sun.jnu.encoding})
     */
    static String fileNamesProblem(String osName, String jnuEncoding) {
        if (osName.startsWith("Windows")) return null;
        try {
            if (Charset.forName(jnuEncoding).equals(StandardCharsets.UTF_8)) return null;
        } catch (IllegalArgumentException e) {
            // a charset this JVM does not know: not UTF-8
        }
        return "file names here are written in " + jnuEncoding + ", the charset of the locale, and the site's pages have "
                + "Chinese names: run with a UTF-8 locale (LC_ALL=C.UTF-8; the gazette launcher sets one)";
    }

    SiteBuild.Options build(String baseUrl, boolean clean, boolean publishBroken) {
        return new SiteBuild.Options(content, templates(), out, asOf, baseUrl, clean, publishBroken);
    }
}
