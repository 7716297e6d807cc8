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
 * matches no document of its text, each status that is none); for a gazette's folder, also its
 * {@code gazette.yaml} and the sidecars left without their text; for a content folder, those of
 * every gazette, {@code curation/people.md} and the pages. What only the linked archive can tell
 * (a person to merge who is not there, a page's link to a document) is the build's.
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
        Path content = contentOf(root);
        boolean oneGazette = content != null && !content.equals(root.toAbsolutePath().normalize());
        // Files of a content folder named as the build names them (as its gazette.yaml files are), others as typed.
        Function<Path, String> named = content == null ? DisplayPaths::of
                : file -> ContentTree.nameOf(content, file.toAbsolutePath().normalize());
        SidecarCurator sidecars = new SidecarCurator();
        sources.forEach((file, source) -> {
            SidecarCurator.Result curated = sidecars.apply(source, file, named.apply(SidecarCurator.sidecarOf(file)));
            problems.addAll(curated.diagnostics());
            curated.curation().statuses().values().forEach(status -> StatusResolver.Override.of(status, problems));
        });
        if (content == null) return problems;
        ContentTree.Scan scan = new ContentTree().scan(content);
        String under = oneGazette ? named.apply(root) + "/" : ""; // a gazette's folder: its own files' problems alone
        scan.diagnostics().stream().filter(d -> d.file().startsWith(under)).forEach(problems::add);
        for (ContentTree.GazetteFolder folder : scan.gazettes()) {
            if (oneGazette && !folder.info().slug().equals(root.getFileName().toString())) continue;
            problems.addAll(SidecarCurator.orphans(folder.files(), folder.markdown(), named));
        }
        if (!oneGazette) {
            problems.addAll(new PeopleCurationReader().read(content, named.apply(content.resolve(PeopleCurationReader.PATH))).diagnostics());
            problems.addAll(new CuratedPageReader().read(content, named).diagnostics());
        }
        return problems;
    }

    /** The content folder a path is, or holds as one of its gazettes' folders; null for a text file or another folder. */
    private static Path contentOf(Path root) {
        Path path = root.toAbsolutePath().normalize();
        if (Files.isDirectory(path.resolve(ContentTree.GAZETTES))) return path;
        Path parent = path.getParent();
        boolean gazette = Files.isDirectory(path) && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals(ContentTree.GAZETTES) && parent.getParent() != null;
        return gazette ? parent.getParent() : null;
    }
}
