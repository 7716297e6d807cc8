package org.gazette.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.source.SourceLine;

/** Reads the 主送机关 line(s) under a document's header: {@code 长沙市人民政府，省政府各厅委、各直属机构：}. */
final class AddresseeReader {

    private static final Pattern NOT_ADDRESSEES = Pattern.compile(".*(?:决定|如下|下列|同意|通知|根据|为了|为).*");
    private static final int MAX_LINES = 3;
    private static final int MAX_LENGTH = 160;

    /** The addressees and the indices (into {@code lines}) they took, or null when there are none. */
    record Found(String text, List<Integer> indices) {
    }

    private AddresseeReader() {
    }

    static boolean isAddresseeLine(String text) {
        String s = Text.squeeze(text);
        return (s.endsWith("：") || s.endsWith(":")) && s.length() <= MAX_LENGTH && s.indexOf('。') < 0
                && !NOT_ADDRESSEES.matcher(s).matches() && LineShapes.structural(s).isEmpty();
    }

    /** Looks for addressees in the first lines from {@code from}. */
    static Found read(List<SourceLine> lines, int from) {
        List<Integer> taken = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (int j = from; j < lines.size() && taken.size() < MAX_LINES; j++) {
            SourceLine line = lines.get(j);
            if (line.isBlank()) continue;
            taken.add(j);
            pieces.add(line.text());
            String joined = Text.squeeze(Text.joinPieces(pieces));
            if (isAddresseeLine(joined)) return new Found(joined, taken);
            if (Text.endsClause(line.text()) || joined.length() > MAX_LENGTH) return null;
        }
        return null;
    }
}
