package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.gazette.export.ParseJson;
import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.model.Severity;
import org.gazette.parse.SourceParser;
import org.gazette.source.ContentTree;
import org.gazette.source.SourceReader;

/**
 * {@code gazette check}: parses sources and reports what was found and what is wrong, and what is
 * wrong in the editor's files beside them ({@link EditorFilesCheck}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parses gazette text and prints, per source, the issue, table of contents, documents and "
                + "diagnostics; then the problems of the editor's files (sidecars; for a content folder also "
                + "gazette.yaml, curation/people.md and pages).",
                "Exit status: 0 when no errors (warnings allowed), 1 on errors, 2 on bad usage."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text files or folders (default: content).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object: {\"sources\": [...]}.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Also list informational diagnostics and every document.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("content")) : paths;
        List<ParsedSource> parsed = new ArrayList<>();
        List<Diagnostic> editorFiles = new ArrayList<>();
        SourceReader reader = new SourceReader();
        SourceParser parser = new SourceParser();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + root);
            }
            Map<Path, ParsedSource> underRoot = new LinkedHashMap<>();
            for (Path file : ContentTree.textFiles(root)) {
                String name = DisplayPaths.of(file);
                underRoot.put(file, parser.parse(reader.read(file, name), name));
            }
            parsed.addAll(underRoot.values());
            editorFiles.addAll(EditorFilesCheck.of(root, underRoot));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ParseJson json = new ParseJson();
            out.println(json.write(json.report(parsed, editorFiles)));
        } else {
            CheckReport report = new CheckReport(out, verbose);
            parsed.forEach(report::print);
            report.print(editorFiles);
            report.summary(parsed, editorFiles);
        }
        out.flush();
        boolean errors = parsed.stream().anyMatch(ParsedSource::hasErrors)
                || editorFiles.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        return errors ? 1 : 0;
    }
}
