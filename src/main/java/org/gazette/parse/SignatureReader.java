package org.gazette.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gazette.source.SourceLine;

/**
 * Finds a document's signature block (落款): one or more issuing organs, one per line, or a signer
 * ({@code 省长 毛伟明}), followed by the signing date on a line of its own.
 */
final class SignatureReader {

    private static final Pattern SIGNER = Pattern.compile("^[" + Text.HAN + "]{2,10}\\s+[" + Text.HAN + "]{2,4}$");
    private static final int MAX_ORGANS = 15;

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
                    organs.add(0, Text.squeeze(text));
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
}
