package org.gazette.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gazette.curate.CuratedPageReader;
import org.gazette.curate.PeopleCurationReader;
import org.gazette.curate.SidecarCurator;
import org.gazette.link.StatusResolver;
import org.gazette.model.Diagnostic;
import org.gazette.model.ParsedSource;
import org.gazette.source.ContentTree;

/**
 * What {@code gazette check} says of the editor's files, so that an editor can check a change
 * without building the site: the sidecar beside each text checked (each slip, each entry that
 * matches no document of its text, each status that is none), and, for a content folder, its {@code gazette.yaml} files, the
 * sidecars left without their text, {@code curation/people.md} and the pages. What only the linked
 * archive can tell (a person to merge who is not there, a page's link to a document) is the build's.
 */
final class EditorFilesCheck {

    private EditorFilesCheck() {
    }

    /**
     * @param root    a path {@code check} was given: a content folder, a gazette's folder or a text file
     * @param sources the parses of the texts under it, by file
     */
    static List<Diagnostic> of(Path root, Map<Path, ParsedSource> sources) {
        List<Diagnostic> problems = new ArrayList<>();
        boolean content = Files.isDirectory(root.resolve("gazettes"));
        // A content folder's files named as the build names them (and its gazette.yaml files are), others as typed.
        Function<Path, String> named = content ? file -> ContentTree.nameOf(root, file) : DisplayPaths::of;
        SidecarCurator sidecars = new SidecarCurator();
        sources.forEach((file, source) -> {
            SidecarCurator.Result curated = sidecars.apply(source, file, named.apply(SidecarCurator.sidecarOf(file)));
            problems.addAll(curated.diagnostics());
            curated.curation().statuses().values().forEach(status -> StatusResolver.Override.of(status, problems));
        });
        if (content) {
            ContentTree.Scan scan = new ContentTree().scan(root);
            problems.addAll(scan.diagnostics());
            for (ContentTree.GazetteFolder folder : scan.gazettes()) {
                problems.addAll(SidecarCurator.orphans(folder.files(), folder.markdown(), named));
            }
            problems.addAll(new PeopleCurationReader().read(root, named.apply(root.resolve(PeopleCurationReader.PATH))).diagnostics());
            problems.addAll(new CuratedPageReader().read(root, named).diagnostics());
        }
        return problems;
    }
}
