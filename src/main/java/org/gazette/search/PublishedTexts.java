package org.gazette.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The texts of entries as an earlier build published them, read back from the site's text pieces
 * ({@code search/text/<number>/<piece>.js}: the whole text, 600 characters a piece, with the
 * anchors that start in each). When an entry is removed or changed whose terms the index state did
 * not list (a long document, older than the newest), its text read here and its fields from the state
 * give its terms, so that it is taken out without analysing the archive again; what is read is
 * checked against the entry's fingerprint first ({@link EntryFingerprint}).
 */
public interface PublishedTexts {

    /** No published texts: an entry whose terms were not listed cannot be taken out alone. */
    PublishedTexts NONE = (number, length) -> Optional.empty();

    /** The text and anchors of the entry of this number and text length, if the site has them all. */
    Optional<SearchEntry.Body> body(int number, int length);

    /** The texts published in this site folder (the one being replaced: it is left as it was until the build commits). */
    static PublishedTexts in(Path site) {
        ObjectMapper json = new ObjectMapper();
        return (number, length) -> {
            StringBuilder text = new StringBuilder(length);
            List<SearchEntry.Anchor> anchors = new ArrayList<>();
            for (int g = 0; g < SearchIndex.EntryText.pieces(length); g++) {
                Path piece = site.resolve(SearchFiles.piecePath(number, g));
                try {
                    JsonNode data = json.readTree(SearchFiles.data(Files.readString(piece, StandardCharsets.UTF_8)));
                    int offset = data.path("o").asInt(-1);
                    if (offset != text.length()) return Optional.empty();
                    for (JsonNode a : data.path("a")) anchors.add(new SearchEntry.Anchor(offset + a.get(0).asInt(), a.get(1).asText()));
                    text.append(data.path("t").asText());
                } catch (IOException | RuntimeException e) {
                    return Optional.empty(); // gone or damaged: the entry is not known, and the archive is analysed again
                }
            }
            return text.length() == length ? Optional.of(new SearchEntry.Body(text.toString(), anchors)) : Optional.empty();
        };
    }
}
