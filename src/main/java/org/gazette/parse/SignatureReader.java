package org.gazette.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.source.SourceLine;

/**
 * Finds a document's signature block (落款): one or more issuing organs, one per line, or a signer
 * ({@code 省长 毛伟明}), followed by the signing date on a line of its own.
 */
final class SignatureReader {

    private static final Pattern SIGNER = Pattern.compile("^[" + Text.HAN + "]{2,10}\\s+[" + Text.HAN + "]{2,4}$");
    private static final int MAX_ORGANS = 15;
    private static final Pattern GAP = Pattern.compile("\\s+");
    /** The end of an organ's name that reads as one alone but is never signed alone. */
    private static final Set<String> NOT_ALONE = Set.of("办公厅", "办公室", "委员会", "人民政府", "常务委员会", "管理委员会", "领导小组");

    /**
     * A signature block.
     *
     * @param organs  the organs as printed, one per line; empty when a person signed
     * @param signer  the signing official ({@code 省长 毛伟明}), or null
     * @param indices the lines the block takes
     */
    record Signature(List<String> organs, String signer, LocalDate date, List<Integer> indices) {
    }

    private SignatureReader() {
    }

    /** The first signature block at or after {@code from}, if any. */
    static Optional<Signature> find(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Optional<LocalDate> date = Dates.wholeLine(lines.get(i).text());
            if (date.isEmpty()) continue;
            List<Integer> indices = new ArrayList<>();
            List<String> organs = new ArrayList<>();
            String signer = null;
            for (int j = i - 1; j >= from && organs.size() < MAX_ORGANS; j--) {
                String text = lines.get(j).text();
                if (text.isBlank()) continue;
                if (LineShapes.isOrgan(text)) {
                    organs.addAll(0, organsOf(text));
                    indices.add(0, j);
                } else if (organs.isEmpty() && signer == null && SIGNER.matcher(text.strip()).matches()) {
                    signer = text.strip().replaceAll("\\s+", " ");
                    indices.add(0, j);
                } else {
                    break;
                }
            }
            if (!organs.isEmpty() || signer != null) {
                indices.add(i);
                return Optional.of(new Signature(organs, signer, date.get(), indices));
            }
        }
        return Optional.empty();
    }

    /**
     * The organs of one line of a signature block: several side by side ({@code 教育部　中央组织部　中央宣传部})
     * when each piece is an organ, else one whose name is spaced out ({@code 财　政　部}).
     */
    static List<String> organsOf(String line) {
        String[] pieces = GAP.split(line.strip());
        if (pieces.length < 2) return List.of(Text.squeeze(line));
        for (String piece : pieces) {
            // 湖南省人民政府 办公厅: a gap the extraction put inside one name.
            if (!LineShapes.isOrgan(piece) || NOT_ALONE.contains(piece)) return List.of(Text.squeeze(line));
        }
        return List.of(pieces);
    }
}
