package org.gazette.curate;

import java.util.List;
import java.util.Map;

/**
 * What an editor's sidecar file ({@code 2024-14.md} beside {@code 2024-14.txt}) changed in one
 * source, for the pages to show.
 *
 * @param notes     by document start line: corrections made and editor's notes, each one sentence
 * @param statuses  by document start line: a status the editor sets ({@code repealed}, {@code expired}, …)
 * @param issueNote the sidecar's Markdown body as safe HTML, shown on the issue page, or null
 */
public record SourceCuration(Map<Integer, List<String>> notes, Map<Integer, StatusOverride> statuses, String issueNote) {

    public static final SourceCuration NONE = new SourceCuration(Map.of(), Map.of(), null);

    public SourceCuration {
        notes = Map.copyOf(notes);
        statuses = Map.copyOf(statuses);
    }

    /**
     * An editor's status for a document: a state code and the reason, with where the editor wrote it
     * (the sidecar's name and line), for an error when the code is not a status.
     */
    public record StatusOverride(String state, String reason, String file, int line) {
    }
}
