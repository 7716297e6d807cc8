package org.gazette.curate;

import java.util.List;

/**
 * The YAML front matter of a Markdown file: the lines between a first line {@code ---} and the
 * next {@code ---}, with where they start so that problems can name the file's own line numbers
 * ({@link org.gazette.source.YamlTree} reads it so).
 *
 * @param firstLine the 1-based file line of the YAML's first line
 * @param body      the Markdown after the front matter
 */
public record FrontMatter(String yaml, int firstLine, String body) {

    /** The front matter of the file, or null when it has none. */
    public static FrontMatter of(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return new FrontMatter(String.join("\n", lines.subList(1, i)), 2,
                        String.join("\n", lines.subList(i + 1, lines.size())));
            }
        }
        return null;
    }
}
