package org.gazette.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.model.Block;
import org.gazette.model.Document;

/**
 * Writes the documents of a content folder as a Hugo site's Markdown pages, for the scale
 * benchmark's comparison: one page per document (front matter: title, date, number, type, issuer;
 * the body with its 章/条 as headings), taxonomies for type, issuer and year. Args: CONTENT_DIR
 * HUGO_SITE_DIR (its {@code content/} is replaced; layouts come from {@code bench/hugo/}).
 */
public final class HugoExport {

    public static void main(String[] args) throws IOException {
        Archive archive = BenchArchive.of(Path.of(args[0]));
        Path content = Path.of(args[1]).resolve("content/documents");
        Files.createDirectories(content);
        for (ArchiveDocument a : archive.documents().values()) {
            Document d = a.document();
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: ").append(quoted(d.title() == null ? a.id() : d.title())).append('\n');
            if (d.signed() != null) md.append("date: ").append(d.signed()).append('\n');
            if (d.number() != null) md.append("number: ").append(quoted(d.number().source())).append('\n');
            if (d.type() != null) md.append("types: [").append(quoted(d.type())).append("]\n");
            if (!d.issuers().isEmpty()) md.append("issuers: [").append(quoted(d.issuers().get(0))).append("]\n");
            if (d.signed() != null) md.append("years: [\"").append(d.signed().getYear()).append("\"]\n");
            md.append("---\n\n");
            body(d.body(), 2, md);
            Files.writeString(content.resolve(a.id() + ".md"), md, StandardCharsets.UTF_8);
        }
        System.out.println("hugo content: " + archive.documents().size() + " documents");
    }

    private static void body(List<Block> blocks, int level, StringBuilder md) {
        for (Block b : blocks) {
            if (b instanceof Block.Division d) {
                md.append("#".repeat(Math.min(6, level))).append(' ').append(d.label())
                        .append(d.heading() == null ? "" : d.heading()).append("\n\n");
                body(d.children(), level + 1, md);
            } else if (b instanceof Block.Paragraph p) {
                md.append(p.text()).append("\n\n");
            } else if (b instanceof Block.Heading h) {
                md.append("**").append(h.text()).append("**\n\n");
            } else if (b instanceof Block.Table t) {
                md.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                md.append(" --- |".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
                md.append('\n');
            } else if (b instanceof Block.Preformatted pre) {
                md.append("```\n").append(pre.text()).append("\n```\n\n");
            }
        }
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
