package org.gazette.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Finds the input of an archive under a content folder: {@code gazettes/<slug>/gazette.yaml} with
 * the text files below it. Problems (a folder without metadata, a bad slug, a stray file) are
 * reported; a text file that cannot be placed under a gazette is still listed, never dropped.
 */
public final class ContentTree {

    public static final String GAZETTES = "gazettes";
    public static final String METADATA = "gazette.yaml";
    private static final Pattern IN_GAZETTE = Pattern.compile("(?:^|/)" + GAZETTES + "/([^/]+)/");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final List<String> KEYS = List.of("name", "publisher", "level", "region", "kind");

    /**
     * One gazette folder: its text files and its Markdown files (the editor's sidecars, each beside
     * its text), each in path order.
     */
    public record GazetteFolder(GazetteInfo info, List<Path> files, List<Path> markdown) {
        public GazetteFolder {
            files = List.copyOf(files);
            markdown = List.copyOf(markdown);
        }
    }

    /** The gazettes found and what was wrong. */
    public record Scan(List<GazetteFolder> gazettes, List<Diagnostic> diagnostics) {
        public Scan {
            gazettes = List.copyOf(gazettes);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Scan scan(Path content) {
        List<GazetteFolder> gazettes = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path root = content.resolve(GAZETTES);
        if (!Files.isDirectory(root)) {
            diagnostics.add(new Diagnostic(nameOf(content, root), 0, Severity.ERROR, "content-missing",
                    "no " + GAZETTES + "/ folder: put each gazette in " + GAZETTES + "/<slug>/ with a " + METADATA));
            return new Scan(gazettes, diagnostics);
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.sorted().toList()) {
                if (hidden(child)) continue;
                if (Files.isDirectory(child)) {
                    try {
                        gazettes.add(folder(content, child, diagnostics));
                    } catch (IOException e) {
                        // This gazette's folder, not the others'
                        diagnostics.add(new Diagnostic(nameOf(content, child), 0, Severity.ERROR, "read-failed", String.valueOf(e)));
                    }
                } else if (isText(child)) {
                    diagnostics.add(new Diagnostic(nameOf(content, child), 0, Severity.ERROR, "file-outside-gazette",
                            "text file directly under " + GAZETTES + "/; move it into a gazette folder"));
                }
            }
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(nameOf(content, root), 0, Severity.ERROR, "read-failed", e.getMessage()));
        }
        return new Scan(gazettes, diagnostics);
    }

    /**
     * A content file's name in diagnostics, on the site and in the parse cache: its path from the
     * content folder's parent ({@code content/gazettes/…/2024-14.txt}), the same from whatever folder
     * the build is run and however the content folder is written. A path from the working folder put
     * the publisher's own folders on the site ({@code /home/…} in data files and page names) and made a
     * build from another folder rewrite every page naming a file and parse every source again.
     */
    public static String nameOf(Path content, Path file) {
        Path folder = content.toAbsolutePath().normalize();
        Path base = folder.getParent() == null ? folder : folder.getParent();
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The slug of the gazette a content file belongs to, from its name ({@link #nameOf}:
     * {@code content/gazettes/<slug>/…}), or "" for a file outside any gazette's folder.
     */
    public static String gazetteOf(String name) {
        Matcher m = IN_GAZETTE.matcher(name.replace('\\', '/'));
        return m.find() ? m.group(1) : "";
    }

    /**
     * Every text file under a path (the path itself when it is a file), sorted. Folders that are
     * links are followed — a year's folder linked in from where the texts are kept: walked as files,
     * they were left out without a word, and their issues with them — except a link back to a folder
     * it is in, whose files are found where they are. A text file that is a link leading nowhere is
     * listed, so that reading it says so. Hidden files and folders (a name beginning with a dot) are
     * not content.
     */
    public static List<Path> textFiles(Path path) throws IOException {
        return listing(path, (file, why) -> { }).texts();
    }

    /** The text files and Markdown files under a folder, each sorted. */
    private record Listing(List<Path> texts, List<Path> markdown) {
    }

    /**
     * {@link #textFiles(Path)} and the Markdown files beside them, told what it could not look into:
     * a link that leads nowhere (not to a text file: that one is listed) and a folder it may not
     * read, each with why. The rest is listed.
     */
    private static Listing listing(Path path, BiConsumer<Path, String> unreadable) throws IOException {
        if (!Files.isDirectory(path)) return new Listing(List.of(path), List.of());
        List<Path> found = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (hidden(file)) return FileVisitResult.CONTINUE;
                boolean text = isText(file);
                // A link's own attributes, though links are followed: it leads nowhere.
                if (attributes.isSymbolicLink() && !text) unreadable.accept(file, "a link to " + Files.readSymbolicLink(file) + ", which is not there");
                if ((attributes.isRegularFile() || attributes.isSymbolicLink()) && text) found.add(file);
                if (attributes.isRegularFile() && hasExtension(file, ".md")) markdown.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof FileSystemLoopException)) unreadable.accept(file, "cannot be read: " + TextDecoder.why(file, e));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        markdown.sort(null);
        return new Listing(found, markdown);
    }

    private GazetteFolder folder(Path content, Path dir, List<Diagnostic> diagnostics) throws IOException {
        String slug = dir.getFileName().toString();
        if (!SLUG.matcher(slug).matches()) {
            diagnostics.add(new Diagnostic(nameOf(content, dir), 0, Severity.ERROR, "bad-slug",
                    "gazette folder names are URL segments: lower-case ASCII letters, digits and '-'"));
            slug = "gazette-" + Integer.toHexString(slug.hashCode());
        }
        Path metadata = dir.resolve(METADATA);
        GazetteInfo info = unnamed(slug);
        if (!Files.isRegularFile(metadata)) {
            diagnostics.add(new Diagnostic(nameOf(content, metadata), 0, Severity.WARNING, "metadata-missing",
                    "no " + METADATA + "; the folder name stands in for the gazette's name"));
        } else {
            info = readInfo(metadata, nameOf(content, metadata), slug, diagnostics);
        }
        Listing files = listing(dir, (file, why) -> diagnostics.add(new Diagnostic(nameOf(content, file), 0, Severity.ERROR,
                "read-failed", why + "; what is in it is not in the site")));
        return new GazetteFolder(info, files.texts(), files.markdown());
    }

    /** What is known of a gazette without its metadata: its folder's name stands in for its name. */
    private static GazetteInfo unnamed(String slug) {
        return new GazetteInfo(slug, slug, null, null, null, "gazette");
    }

    private GazetteInfo readInfo(Path metadata, String file, String slug, List<Diagnostic> diagnostics) {
        TextDecoder.Decoded text = TextDecoder.read(metadata, file);
        diagnostics.addAll(text.diagnostics("metadata-invalid"));
        if (text.text() == null) return unnamed(slug);
        YamlTree tree;
        try {
            tree = YamlTree.read(text.text(), 1);
        } catch (YamlTree.Unreadable e) {
            diagnostics.add(new Diagnostic(file, e.line(), Severity.ERROR, "metadata-invalid", "cannot read YAML: " + e.getMessage()));
            return unnamed(slug);
        }
        YamlValues values = new YamlValues(tree, file, "metadata-invalid", "metadata-unknown-key", diagnostics);
        JsonNode map = values.top(KEYS);
        if (map == null) map = JsonNodeFactory.instance.objectNode();
        String name = string(values, map, "name");
        if (name == null) {
            diagnostics.add(new Diagnostic(file, tree.line(map), Severity.ERROR, "metadata-name-missing",
                    "gazette.yaml needs a name"));
            name = slug;
        }
        String kind = string(values, map, "kind");
        if (kind != null && !kind.equals("gazette") && !kind.equals("documents")) {
            diagnostics.add(new Diagnostic(file, tree.line(map, "kind"), Severity.WARNING, "metadata-kind",
                    "kind is 'gazette' or 'documents', not '" + kind + "'"));
        }
        return new GazetteInfo(slug, name, string(values, map, "publisher"), string(values, map, "level"),
                string(values, map, "region"), kind == null ? "gazette" : kind);
    }

    private static String string(YamlValues values, JsonNode map, String key) {
        String value = values.text(map, key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Whether a file or folder is hidden, and so not content, as in other site generators: macOS
     * leaves {@code ._2024-14.txt} beside each file it copies to another file system (its metadata,
     * binary: read as an issue, an error for every text), a sync tool keeps old versions of the
     * texts in {@code .stversions/} (each an issue again), an editor its swap files.
     */
    public static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static boolean isText(Path p) {
        return hasExtension(p, ".txt");
    }

    private static boolean hasExtension(Path p, String extension) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension);
    }
}
