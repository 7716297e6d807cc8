package org.gazette.curate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.gazette.model.Block;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.Validity;
import org.gazette.model.DocumentNumber;
import org.gazette.model.ParsedSource;
import org.gazette.model.Severity;
import org.gazette.parse.Identifiers;
import org.gazette.source.TextDecoder;
import org.gazette.source.YamlTree;

/**
 * Applies the editor's sidecar of a source: a Markdown file with the same name as the text file
 * ({@code 2024-14.md} beside {@code 2024-14.txt}) whose YAML front matter lists, per document
 * ({@code doc: 文号}, or {@code line:} its start line), metadata to set ({@code title, doc_number,
 * signed, type, effective, validity_years}), text corrections ({@code line, from, to}), a note, and a
 * status; its Markdown body is a note on the issue. Every change is kept as a sentence shown on the
 * page; an entry that matches nothing is reported with its line.
 */
public final class SidecarCurator {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * The source with the corrections applied, what to show, and what went wrong.
     *
     * @param sidecar a hash of the sidecar whose corrections were applied, or null when none were
     *                (no sidecar, or one that could not be read: the source is its parse)
     */
    public record Result(ParsedSource source, SourceCuration curation, List<Diagnostic> diagnostics, String sidecar) {

        /**
         * What the curated source is made from: its parse (the key of a {@code ParseCache.Entry}) and
         * the sidecar applied to it. Two curated sources made from the same are equal.
         */
        public String madeFrom(String parseKey) {
            return sidecar == null ? parseKey : sha256(parseKey + "\0" + sidecar);
        }
    }

    /**
     * The Markdown files of a gazette folder that are no text file's sidecar, each a warning: a text
     * renamed or removed leaves its sidecar behind, and its corrections were applied to nothing
     * without a word. A folder's {@code README.md} is not a sidecar.
     */
    public static List<Diagnostic> orphans(List<Path> texts, List<Path> markdown, Function<Path, String> names) {
        Set<Path> sidecars = new HashSet<>();
        for (Path text : texts) sidecars.add(sidecarOf(text));
        List<Diagnostic> orphans = new ArrayList<>();
        for (Path md : markdown) {
            if (sidecars.contains(md) || md.getFileName().toString().equalsIgnoreCase("README.md")) continue;
            String text = baseName(md) + ".txt";
            orphans.add(new Diagnostic(names.apply(md), 0, Severity.WARNING, "sidecar-orphaned",
                    "no " + text + " beside it: what it corrects is applied to nothing (was the text renamed or removed?)"));
        }
        return orphans;
    }

    public static Path sidecarOf(Path textFile) {
        return textFile.resolveSibling(baseName(textFile) + ".md");
    }

    /** A file's name without its extension: what a text and its sidecar share. */
    private static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public Result apply(ParsedSource source, Path textFile, String displayName) {
        Path file = sidecarOf(textFile);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isRegularFile(file)) return new Result(source, SourceCuration.NONE, diagnostics, null);
        FrontMatter front;
        YamlTree tree;
        String sidecar;
        try {
            byte[] bytes = Files.readAllBytes(file);
            sidecar = sha256(bytes);
            TextDecoder.Decoded text = TextDecoder.decode(bytes, displayName);
            diagnostics.addAll(text.diagnostics("sidecar-unreadable"));
            if (text.text() == null) return new Result(source, SourceCuration.NONE, diagnostics, null);
            List<String> lines = text.text().lines().toList();
            front = FrontMatter.of(lines);
            if (front == null) front = new FrontMatter("", 1, String.join("\n", lines));
            tree = YamlTree.read(front.yaml(), front.firstLine());
        } catch (YamlTree.Unreadable e) {
            diagnostics.add(new Diagnostic(displayName, e.line(), Severity.ERROR, "sidecar-invalid",
                    "cannot read the front matter: " + e.getMessage()));
            return new Result(source, SourceCuration.NONE, diagnostics, null);
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(displayName, 0, Severity.ERROR, "sidecar-unreadable", e.getMessage()));
            return new Result(source, SourceCuration.NONE, diagnostics, null);
        }
        List<Document> documents = new ArrayList<>(source.documents());
        Map<Integer, List<String>> notes = new HashMap<>();
        Map<Integer, SourceCuration.StatusOverride> statuses = new HashMap<>();
        for (SidecarReader.Entry entry : SidecarReader.entries(tree, displayName, diagnostics)) {
            int k = find(documents, entry);
            if (k < 0) {
                diagnostics.add(new Diagnostic(displayName, entry.fileLine(), Severity.WARNING, "curation-no-match",
                        "no document " + entry.named() + " in " + source.file()));
                continue;
            }
            Document d = documents.get(k);
            List<String> shown = notes.computeIfAbsent(d.startLine(), x -> new ArrayList<>());
            String reason = entry.reason() != null ? "（" + entry.reason() + "）" : "";
            for (var f : entry.set().entrySet()) {
                try {
                    Document before = d;
                    d = set(d, f.getKey(), f.getValue().value());
                    shown.add("编者更正" + label(f.getKey()) + "：「" + value(before, f.getKey()) + "」→「" + value(d, f.getKey()) + "」" + reason);
                } catch (IllegalArgumentException e) {
                    diagnostics.add(new Diagnostic(displayName, f.getValue().fileLine(), Severity.ERROR, "sidecar-value",
                            f.getKey() + ": " + e.getMessage()));
                }
            }
            for (SidecarReader.TextCorrection t : entry.text()) {
                Document corrected = replaceText(d, t.line(), t.from(), t.to());
                if (corrected == null) {
                    diagnostics.add(new Diagnostic(displayName, t.fileLine(), Severity.WARNING, "curation-no-match",
                            "text 「" + t.from() + "」 not found in " + (d.title() == null ? "the document" : d.title())
                                    + " at or before line " + t.line()));
                } else {
                    d = corrected;
                    shown.add("编者更正正文（原文第" + t.line() + "行）：「" + t.from() + "」→「" + t.to() + "」" + reason);
                }
            }
            if (entry.note() != null) shown.add("编者注：" + entry.note());
            if (entry.status() != null) {
                statuses.put(d.startLine(), new SourceCuration.StatusOverride(entry.status().value(), entry.statusReason(),
                        displayName, entry.status().fileLine()));
            }
            documents.set(k, d);
        }
        String issueNote = front.body().isBlank() ? null : markdown.toSafeHtml(front.body());
        ParsedSource curated = new ParsedSource(source.file(), source.issue(), source.toc(), documents,
                source.appointments(), source.appointmentNotes(), source.diagnostics());
        return new Result(curated, new SourceCuration(notes, statuses, issueNote), diagnostics, sidecar);
    }

    private static int find(List<Document> documents, SidecarReader.Entry entry) {
        for (int k = 0; k < documents.size(); k++) {
            Document d = documents.get(k);
            if (entry.doc() != null) {
                DocumentNumber n = Identifiers.documentNumberLine(entry.doc()).orElse(null);
                if (n != null && d.number() != null && n.normalized().equals(d.number().normalized())) return k;
                if (d.order() != null && entry.doc().equals(d.order().normalized())) return k;
            } else if (entry.line() == d.startLine()) {
                return k;
            }
        }
        return -1;
    }

    private static Document set(Document d, String field, String value) {
        return switch (field) {
            case "title" -> copy(d, value, d.type(), d.number(), d.signed(), d.effective(), d.validity(), d.body());
            case "type" -> copy(d, d.title(), value, d.number(), d.signed(), d.effective(), d.validity(), d.body());
            case "doc_number" -> copy(d, d.title(), d.type(), Identifiers.documentNumberLine(value)
                    .orElseThrow(() -> new IllegalArgumentException("not a 文号: " + value)), d.signed(), d.effective(),
                    d.validity(), d.body());
            case "signed" -> copy(d, d.title(), d.type(), d.number(), day(value), d.effective(), d.validity(), d.body());
            case "effective" -> copy(d, d.title(), d.type(), d.number(), d.signed(), value, d.validity(), d.body());
            case "validity_years" -> copy(d, d.title(), d.type(), d.number(), d.signed(), d.effective(), Validity.years(years(value)), d.body());
            case "valid_until" -> copy(d, d.title(), d.type(), d.number(), d.signed(), d.effective(), Validity.until(day(value)), d.body());
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    /** A day as an editor writes it, 2024-12-31; else an error that says so (Java's own message names an index). */
    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a day: '" + value + "' (write it as 2024-12-31)");
        }
    }

    /** A number of years as an editor writes it, 3; else an error that says so. */
    private static int years(String value) {
        if (!value.strip().matches("[0-9]{1,3}") || Integer.parseInt(value.strip()) == 0) {
            throw new IllegalArgumentException("not a number of years: '" + value + "' (write it as 3)");
        }
        return Integer.parseInt(value.strip());
    }

    private static Document copy(Document d, String title, String type, DocumentNumber number, LocalDate signed,
                                 String effective, Validity validity, List<Block> body) {
        return new Document(title, type, number, d.registration(), d.order(), d.issuers(), d.addressees(), signed,
                effective, validity, d.repeals(), d.amends(), d.attachments(), d.cites(), d.explains(), d.section(), d.startLine(),
                d.endLine(), body);
    }

    private static String label(String field) {
        return switch (field) {
            case "title" -> "标题";
            case "doc_number" -> "文号";
            case "signed" -> "成文日期";
            case "type" -> "文种";
            case "effective" -> "施行";
            default -> "有效期";
        };
    }

    private static String value(Document d, String field) {
        return switch (field) {
            case "title" -> d.title();
            case "doc_number" -> d.number() == null ? "无" : d.number().normalized();
            case "signed" -> Objects.toString(d.signed(), "无");
            case "type" -> d.type();
            case "effective" -> Objects.toString(d.effective(), "无");
            default -> d.validity() == null ? "无" : d.validity().label();
        };
    }

    /** Replaces the text in the last paragraph that starts at or before the line and contains it, or null. */
    private static Document replaceText(Document d, int line, String from, String to) {
        if (from.isEmpty()) return null;
        int[] target = {-1};
        collect(d.body(), line, from, target);
        if (target[0] < 0) return null;
        List<Block> body = replace(d.body(), target[0], from, to);
        return copy(d, d.title(), d.type(), d.number(), d.signed(), d.effective(), d.validity(), body);
    }

    private static void collect(List<Block> blocks, int line, String from, int[] target) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.line() <= line && p.text().contains(from) && p.line() > target[0]) {
                target[0] = p.line();
            } else if (b instanceof Block.Division div) {
                collect(div.children(), line, from, target);
            }
        }
    }

    private static List<Block> replace(List<Block> blocks, int line, String from, String to) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.line() == line) {
                out.add(new Block.Paragraph(p.text().replaceFirst(java.util.regex.Pattern.quote(from),
                        java.util.regex.Matcher.quoteReplacement(to)), p.line()));
            } else if (b instanceof Block.Division div) {
                out.add(new Block.Division(div.kind(), div.label(), div.heading(), div.anchor(), div.line(),
                        replace(div.children(), line, from, to)));
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
