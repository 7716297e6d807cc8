package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.model.Block;
import org.gazette.source.SourceLine;

/**
 * Reads a tab-separated table: the first row is the header; the header repeated after 续表 (or at
 * the top of a new page) is dropped, so that a table printed over many pages becomes one table.
 * Markup found in cells (some extractions leave {@code <p>} tags) is removed and reported: the
 * input's HTML is never passed through.
 */
final class TableReader {

    private static final Pattern CONTINUED = Pattern.compile("^\\s*[（(]?\\s*续\\s*表\\s*[0-9]*\\s*[）)]?\\s*$");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

    /** The table read and the index of the first line after it. */
    record Result(Block.Table table, int next) {
    }

    private TableReader() {
    }

    static boolean isContinuation(String line) {
        return line.indexOf('续') >= 0 && CONTINUED.matcher(line).matches(); // asked of every line of a body
    }

    static Result read(List<SourceLine> lines, int start, Diagnostics diagnostics) {
        List<String> header = cells(lines.get(start), diagnostics);
        List<List<String>> rows = new ArrayList<>();
        int j = start + 1;
        int end = j;
        while (j < lines.size()) {
            SourceLine line = lines.get(j);
            if (line.isBlank() || isContinuation(line.text())) {
                j++;
                continue;
            }
            if (!LineShapes.isTableRow(line.text())) break;
            List<String> row = cells(line, diagnostics);
            if (!row.equals(header)) rows.add(row);
            j++;
            end = j;
        }
        return new Result(new Block.Table(header, rows, lines.get(start).number()), end);
    }

    private static List<String> cells(SourceLine line, Diagnostics diagnostics) {
        String text = line.text();
        if (text.indexOf('<') >= 0 && TAG.matcher(text).find()) { // most rows hold no markup: not searched then
            diagnostics.info(line.number(), "markup-in-table", "HTML tags in a table row were removed; the text is kept");
            text = TAG.matcher(text).replaceAll(" ");
        }
        String[] parts = text.split("\t", -1);
        int last = parts.length;
        while (last > 0 && parts[last - 1].isBlank()) last--;
        List<String> cells = new ArrayList<>(last);
        for (int k = 0; k < last; k++) {
            cells.add(Text.squeeze(parts[k].strip()));
        }
        return cells;
    }
}
