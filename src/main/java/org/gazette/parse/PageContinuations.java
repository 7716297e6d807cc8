package org.gazette.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.source.SourceLine;

/**
 * Stitches documents that the printed issue split across pages that are not adjacent: a line
 * ending {@code （下转第32页）} continues at a later {@code （上接第31页）}; the lines from there to the
 * end of the span they fell into are moved back behind the first part, and the markers removed.
 */
final class PageContinuations {

    private static final Pattern CONTINUED_ON = Pattern.compile("^(.*?)\\s*[（(]\\s*下转\\s*第?\\s*([0-9]{1,4})\\s*页\\s*[）)]\\s*$");
    private static final Pattern CONTINUED_FROM = Pattern.compile("^\\s*[（(]\\s*上接\\s*第?\\s*([0-9]{1,4})\\s*页\\s*[）)]\\s*(.*)$");

    private PageContinuations() {
    }

    /** One document's lines, in reading order, possibly from several places in the source. */
    static List<List<SourceLine>> stitch(List<List<SourceLine>> documents, Diagnostics diagnostics) {
        List<List<SourceLine>> out = new ArrayList<>();
        for (List<SourceLine> d : documents) out.add(new ArrayList<>(d));
        record Pending(int document, int line, int page) {
        }
        Deque<Pending> pending = new ArrayDeque<>();
        for (int d = 0; d < out.size(); d++) {
            List<SourceLine> lines = out.get(d);
            for (int k = 0; k < lines.size(); k++) {
                SourceLine line = lines.get(k);
                if (!line.text().contains("下转") && !line.text().contains("上接")) continue;
                Matcher on = CONTINUED_ON.matcher(line.text());
                if (on.matches()) {
                    lines.set(k, new SourceLine(line.number(), on.group(1)));
                    pending.add(new Pending(d, line.number(), Integer.parseInt(on.group(2))));
                    continue;
                }
                Matcher from = CONTINUED_FROM.matcher(line.text());
                if (!from.matches()) continue;
                if (pending.isEmpty()) {
                    diagnostics.warn(line.number(), "continuation-orphan",
                            "（上接第" + from.group(1) + "页） has no matching （下转…页） before it; left in place");
                    lines.set(k, new SourceLine(line.number(), from.group(2)));
                    continue;
                }
                Pending target = pending.poll();
                List<SourceLine> moved = new ArrayList<>();
                if (!from.group(2).isBlank()) moved.add(new SourceLine(line.number(), from.group(2)));
                moved.addAll(lines.subList(k + 1, lines.size()));
                lines.subList(k, lines.size()).clear();
                out.get(target.document()).addAll(moved);
                diagnostics.info(line.number(), "continuation-stitched", "text from line " + line.number()
                        + " on (page " + target.page() + ") continues the document interrupted at line " + target.line());
                break;
            }
        }
        for (Pending p : pending) {
            diagnostics.warn(p.line(), "continuation-missing",
                    "（下转第" + p.page() + "页） but no （上接…页） follows; the rest of this document is missing");
        }
        return out;
    }
}
