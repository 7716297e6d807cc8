package org.gazette.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;

/**
 * Checks the body against the table of contents: each entry should have its document, found by
 * 文号, 令号 or title; where they disagree (a number's year, a title's wording) the body's value is
 * kept and the disagreement reported. Documents take their section from the entry.
 */
public final class TocReconciler {

    private TocReconciler() {
    }

    /**
     * Which document each entry lists, by position ({@code -1}: none): by 文号 or 令号 first, then by
     * title, each document taken once. The one matching used for sections, checks and links.
     */
    public static int[] match(TableOfContents toc, List<Document> documents) {
        int[] out = new int[toc.entries().size()];
        Set<Integer> matched = new HashSet<>();
        Set<Integer> titleTaken = new HashSet<>();
        for (int e = 0; e < out.length; e++) {
            TocEntry entry = toc.entries().get(e);
            out[e] = find(entry, documents, matched, titleTaken);
            if (out[e] < 0) continue;
            matched.add(out[e]);
            // An order listed by its header leaves its regulation's title to an entry of its own (主席令（第二十一号） / 中华人民共和国学前教育法).
            if (!listedByHeader(entry)) titleTaken.add(out[e]);
        }
        return out;
    }

    /**
     * An order or an announcement listed by its header ({@code 商务部令（2024年第1号）},
     * {@code …常务委员会公告（第12号）}), with no title of what it promulgates.
     */
    private static boolean listedByHeader(TocEntry entry) {
        String title = Text.comparable(entry.title());
        return entry.order() != null && title.endsWith("令")
                || entry.number() != null && entry.number().form() == DocumentNumber.Form.YEAR_ORDINAL
                && title.equals(Text.comparable(entry.number().agency()));
    }

    /** The same 文号; an announcement's listed without its year ({@code …公告（第12号）}) has the year it was signed in. */
    private static boolean sameNumber(DocumentNumber listed, DocumentNumber printed) {
        return (listed.year() == 0 ? listed.withYear(printed.year()) : listed).normalized().equals(printed.normalized());
    }

    static List<Document> reconcile(TableOfContents toc, List<Document> documents, Diagnostics diagnostics) {
        if (toc == null) return documents;
        List<Document> out = new ArrayList<>(documents);
        int[] match = match(toc, documents);
        Set<Integer> matched = new HashSet<>();
        for (int e = 0; e < match.length; e++) {
            TocEntry entry = toc.entries().get(e);
            int k = match[e];
            if (k < 0) {
                diagnostics.warn(entry.line(), "toc-entry-not-found",
                        "the table of contents lists a document the body does not have: " + entry.title()
                                + (entry.number() == null ? "" : " (" + entry.number().normalized() + ")"));
                continue;
            }
            matched.add(k);
            Document d = out.get(k);
            out.set(k, d.withSection(entry.section()));
            if (entry.number() != null && d.number() != null && !sameNumber(entry.number(), d.number())) {
                diagnostics.warn(entry.line(), "toc-number-mismatch", "table of contents says "
                        + entry.number().source() + ", the document (line " + d.startLine() + ") says " + d.number().source());
            }
            // An order listed by its header has no title there to compare.
            if (d.title() != null && !listedByHeader(entry) && !Text.comparable(entry.title()).equals(Text.comparable(d.title()))) {
                diagnostics.warn(entry.line(), "toc-title-mismatch", "table of contents title 「" + entry.title()
                        + "」 differs from the document's 「" + d.title() + "」 (line " + d.startLine() + ")");
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Document d = out.get(k);
            if (!matched.contains(k) && !DocumentTypes.INTERPRETATION_TYPE.equals(d.type())) {
                diagnostics.info(d.startLine(), "document-not-in-toc",
                        "document not listed in the table of contents: " + d.title());
            }
        }
        return out;
    }

    private static int find(TocEntry entry, List<Document> documents, Set<Integer> matched, Set<Integer> titleTaken) {
        for (int k = 0; k < documents.size(); k++) {
            Document d = documents.get(k);
            if (matched.contains(k)) continue;
            boolean sameNumber = entry.number() != null && d.number() != null && sameNumber(entry.number(), d.number());
            // A table of contents may leave out an order's year that its header prints, or the other way round.
            boolean sameOrder = entry.order() != null && d.order() != null
                    && entry.order().number() == d.order().number()
                    && (entry.order().year() == d.order().year() || entry.order().year() == 0 || d.order().year() == 0);
            if (sameNumber || sameOrder) return k;
        }
        for (int k = 0; k < documents.size(); k++) {
            if (!titleTaken.contains(k) && Objects.equals(Text.comparable(entry.title()), Text.comparable(documents.get(k).title()))) {
                return k;
            }
        }
        return -1;
    }
}
