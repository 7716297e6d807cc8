package org.gazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gazette} command line: subcommands for each job, nothing else. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "gazette 0.1.0",
        description = "Turns Chinese government gazettes (政府公报) into a cross-linked static HTML archive.",
        subcommands = {CheckCommand.class, BuildCommand.class, ServeCommand.class, SearchCommand.class,
                CommandLine.HelpCommand.class})
public final class GazetteCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, build or serve");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new GazetteCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // Input problems are diagnostics; what lands here is an environment or template failure.
                    cmd.getErr().println("gazette " + cmd.getCommandName() + ": " + e.getMessage());
                    cmd.getErr().flush();
                    return 1;
                });
    }
}
