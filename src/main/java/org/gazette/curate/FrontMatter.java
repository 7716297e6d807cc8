package org.gazette.curate;

import java.util.List;

/**
 * The YAML front matter of a Markdown file: the lines between a first line {@code ---} and the
 * next {@code ---}, with where they start so that problems can name the file's own line numbers.
 *
 * @param firstLine the 1-based file line of the YAML's first line
 * @param body      the Markdown after the front matter
 */
public record FrontMatter(String yaml, int firstLine, List<String> yamlLines, String body) {

    /** The front matter of the file, or null when it has none. */
    public static FrontMatter of(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                List<String> yaml = lines.subList(1, i);
                return new FrontMatter(String.join("\n", yaml), 2, List.copyOf(yaml),
                        String.join("\n", lines.subList(i + 1, lines.size())));
            }
        }
        return null;
    }

    /** The file line of the first YAML line that mentions the text, or the first line of the YAML. */
    public int lineOf(String text) {
        if (!text.isEmpty()) {
            for (int i = 0; i < yamlLines.size(); i++) {
                if (yamlLines.get(i).contains(text)) return firstLine + i;
            }
        }
        return firstLine;
    }
}
