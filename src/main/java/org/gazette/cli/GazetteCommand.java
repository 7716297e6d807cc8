package org.gazette.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command line: subcommands for each job, nothing else. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "gazette 0.1.0",
        description = "Turns Chinese government gazettes (政府公报) into a cross-linked static HTML archive.",
        subcommands = {CheckCommand.class, BuildCommand.class, ServeCommand.class, SearchCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class GazetteCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, build, serve, search or explain");
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = commandLine()
                    .setOut(new PrintWriter(new OutputStreamWriter(System.out, outputCharset(System.console() != null)), true))
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // Builds write aside, so the old site is whole; what the user needs to know is what to change.
            long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            System.err.printf("gazette: out of memory: this archive needs a bigger Java heap than %d MB. "
                    + "Run it with GAZETTE_JAVA_OPTS='-Xmx%dm -XX:+UseParallelGC' (or more); see the README.%n", heap, 2 * heap);
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * The charset of what a command prints: the platform's on a terminal, UTF-8 into a file or a pipe
     * — a report saved with {@code check --json > report.json} on a Chinese Windows was GBK, which a
     * JSON reader refuses, and under a POSIX locale its Chinese was question marks.
     */
    static Charset outputCharset(boolean terminal) {
        return terminal ? Charset.defaultCharset() : StandardCharsets.UTF_8;
    }

    /**
     * The out-of-memory error behind an exception, if any. When the heap is full the JVM throws one
     * preallocated error, so a try-with-resources whose closing fails the same way as its body adds
     * the error to itself as suppressed, and that throws an {@code IllegalArgumentException} ("Self-suppression
     * not permitted") whose cause is the error.
     */
    static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError error) return error;
        }
        return null;
    }

    /**
     * A failure in words. The JDK's message for a file it may not write or cannot find is its path
     * alone ("gazette build: /srv/.site.lock"), which does not say what is wrong with it.
     */
    static String said(Exception e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile() + " (this user may not write there; run as the user who owns the site, or give this one the right)";
        }
        if (e instanceof NoSuchFileException n) return "not found: " + n.getFile();
        if (e instanceof RuntimeException && !(e.getCause() instanceof IOException)) {
            // A fault of gazette's own, not of the content (whose problems are diagnostics) or of the
            // machine: what and where, for a report. Its message alone was "null" for some.
            StackTraceElement[] at = e.getStackTrace();
            return "internal error: " + e + (at.length == 0 ? "" : " at " + at[0])
                    + " (a bug in gazette: please report it, with the content it was building)";
        }
        return e.getMessage();
    }

    /** The configured command line, also used by the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new GazetteCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    OutOfMemoryError outOfMemory = outOfMemory(e);
                    if (outOfMemory != null) throw outOfMemory; // reported by main, as when it is thrown as itself
                    // Input problems are diagnostics; what lands here is an environment or template failure.
                    cmd.getErr().println("gazette " + cmd.getCommandName() + ": " + said(e));
                    cmd.getErr().flush();
                    return 1;
                });
    }
}
