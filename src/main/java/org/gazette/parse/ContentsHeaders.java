package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gazette.model.DocumentNumber;
import org.gazette.model.OrderNumber;
import org.gazette.parse.DocumentLocator.Anchor;
import org.gazette.parse.DocumentLocator.Start;
import org.gazette.source.SourceLine;

/**
 * A 目录 that lists orders and announcements by their headers, without pages
 * ({@code 湖南省人民政府令（第322号）}, {@code 湖南省人民代表大会常务委员会公告（第5号）}), prints lines that
 * are headers as the body prints them. Such a header is the 目录's entry, not a document's start,
 * when it stands under the 目录's heading, before any document, and the same header is printed again
 * further on: there the document is.
 */
final class ContentsHeaders {

    private ContentsHeaders() {
    }

    /** The starts without those that are a 目录's entries. */
    static List<Start> without(List<Start> starts, List<SourceLine> lines) {
        // The 目录 comes before any document: only leading starts can be its entries, all under its heading.
        if (starts.size() < 2 || named(starts.get(0), lines) == null || !underContentsHeading(starts.get(0), lines)) return starts;
        List<String> names = starts.stream().map(s -> named(s, lines)).toList();
        int listed = 0;
        while (listed < starts.size() - 1 && names.get(listed) != null && names.subList(listed + 1, names.size()).contains(names.get(listed))) {
            listed++;
        }
        return listed == 0 ? starts : new ArrayList<>(starts.subList(listed, starts.size()));
    }

    private static boolean underContentsHeading(Start start, List<SourceLine> lines) {
        for (int k = start.anchorIndex() - 1; k >= 0; k--) {
            if (LineShapes.isTocHeading(lines.get(k).text())) return true;
        }
        return false;
    }

    /** The order or 文号 a start's header names, as normalised; null when it has none. */
    private static String named(Start start, List<SourceLine> lines) {
        if (start.anchor() != Anchor.ORDER && start.anchor() != Anchor.NUMBER) return null;
        String header = DocumentLocator.header(lines, start);
        if (header == null) return null;
        Optional<String> named = start.anchor() == Anchor.ORDER
                ? Identifiers.orderHeaderLine(header).map(OrderNumber::normalized)
                : Identifiers.headerNumber(header).map(DocumentNumber::normalized);
        return named.orElse(null);
    }
}
