package org.gazette.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.gazette.model.ProblemCodes;

/** {@code gazette explain}: what a diagnostic code means and what to do about it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Says what a problem's code means (the [code] of a line that check and build print) and what to do.",
                "Without a code, lists every code with its meaning."})
final class ExplainCommand implements Callable<Integer> {

    /** The line that ends a list of problems, pointing to this command. */
    static final String HINT = "what a [code] means and what to do: gazette explain CODE";

    @Parameters(arity = "0..*", paramLabel = "CODE", description = "Codes such as unplaced-line or sidecar-field.")
    List<String> codes = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProblemCodes catalogue = ProblemCodes.catalogue();
        PrintWriter out = spec.commandLine().getOut();
        if (codes.isEmpty()) {
            int width = catalogue.all().stream().mapToInt(m -> m.code().length()).max().orElse(0);
            for (ProblemCodes.Meaning m : catalogue.all()) out.printf("%-" + width + "s  %s%n", m.code(), m.en());
            return 0;
        }
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            catalogue.of(code.strip().replaceAll("^\\[|]$", "")).ifPresentOrElse(m -> {
                out.println(m.code() + " (" + m.name() + ")");
                out.println("  " + m.en());
                out.println("  " + m.about());
            }, () -> unknown.add(code));
        }
        if (unknown.isEmpty()) return 0;
        throw new CommandLine.ParameterException(spec.commandLine(), "no such code: " + String.join(", ", unknown)
                + " (gazette explain without a code lists them)");
    }
}
