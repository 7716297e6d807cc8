package org.gazette.curate;

import java.util.List;
import java.util.Map;

/**
 * An editor's decisions about people, from {@code content/curation/people.md}: records to correct,
 * people to split apart or merge. Every decision carries its reason, shown on the pages it changes.
 */
public record PeopleCuration(String file, List<Correction> corrections, List<Split> splits, List<Merge> merges) {

    public static final PeopleCuration NONE = new PeopleCuration(null, List.of(), List.of(), List.of());

    public PeopleCuration {
        corrections = List.copyOf(corrections);
        splits = List.copyOf(splits);
        merges = List.copyOf(merges);
    }

    /**
     * Sets fields of the records of one person in one notice ({@code line} narrows it to one sentence).
     *
     * @param set field name to value: {@code person, position, organization, post, probation, term}
     */
    public record Correction(String notice, String person, Integer line, Map<String, String> set, String reason,
                             int sourceLine) {
        public Correction {
            set = Map.copyOf(set);
        }
    }

    /** The records of {@code person} from {@code notice} belong to someone else of the same name. */
    public record Split(String person, String notice, String reason, int sourceLine) {
    }

    /** Several person ids are one person, kept as {@code into}. */
    public record Merge(String into, List<String> people, String reason, int sourceLine) {
        public Merge {
            people = List.copyOf(people);
        }
    }
}
