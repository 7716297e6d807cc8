package org.gazette.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML text an editor wrote (a {@code gazette.yaml}, the front matter of a Markdown file) read
 * into a tree, with the line of every mapping, key and list item in it: so that a slip (a key
 * mistyped, a list where one value belongs) is reported at its own line, not at the first line
 * that happens to hold the same text, and nothing an editor wrote is ignored without a word.
 * A key given twice in one mapping is noted ({@link #duplicates}): the second value is the one read,
 * and the first would otherwise be dropped unsaid.
 */
public final class YamlTree {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;
    private final int firstLine;
    /** Per mapping or list: the line it starts on, then per key (a mapping) or item (a list) its line. */
    private final Map<JsonNode, Lines> lines = new IdentityHashMap<>();
    private final List<Duplicate> duplicates = new ArrayList<>();

    private record Lines(int start, Map<String, Integer> keys, List<Integer> items) {
    }

    /** A key of a mapping that is not among those known, and its line. */
    public record UnknownKey(String key, int line) {
    }

    /** A key given again in one mapping: the line of its first value (dropped) and of the one read. */
    public record Duplicate(String key, int first, int line) {
    }

    /** A YAML text that cannot be read, with the line where the reading stopped and why, on one line. */
    public static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The file's line where reading stopped (0 when not known). */
        public int line() {
            return line;
        }
    }

    private YamlTree(JsonNode root, int firstLine) {
        this.root = root;
        this.firstLine = firstLine;
    }

    /**
     * Reads a YAML text.
     *
     * @param firstLine the file line the text's first line is (1 for a whole file, 2 for front matter)
     * @throws Unreadable when it is not YAML
     */
    public static YamlTree read(String yaml, int firstLine) throws Unreadable {
        try {
            JsonNode root = MAPPER.readTree(yaml);
            YamlTree tree = new YamlTree(root == null || root.isMissingNode() || root.isNull() ? null : root, firstLine);
            if (tree.root != null) {
                try (JsonParser parser = MAPPER.createParser(yaml)) {
                    if (parser.nextToken() != null) tree.walk(parser, tree.root);
                }
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw unreadable(e, firstLine);
        } catch (IOException e) {
            throw new Unreadable(0, e.getMessage()); // reading a string: not expected
        }
    }

    /** The tree, or null when the text holds no value (empty, or comments only). */
    public JsonNode root() {
        return root;
    }

    /** The file line a mapping or list of this tree starts on (its first key or item), else the text's first line. */
    public int line(JsonNode node) {
        Lines at = lines.get(node);
        return at == null ? firstLine : at.start();
    }

    /** The file line of a key in a mapping of this tree, else the mapping's line. */
    public int line(JsonNode mapping, String key) {
        Lines at = lines.get(mapping);
        return at == null || !at.keys().containsKey(key) ? line(mapping) : at.keys().get(key);
    }

    /** The file line of an item of a list of this tree, else the list's line. */
    public int line(JsonNode list, int index) {
        Lines at = lines.get(list);
        return at == null || index >= at.items().size() ? line(list) : at.items().get(index);
    }

    /** The keys given twice in one mapping, in the order written. */
    public List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

    /** The keys of a mapping that are not among the known ones, in the order written. */
    public List<UnknownKey> unknownKeys(JsonNode mapping, Collection<String> known) {
        List<UnknownKey> unknown = new ArrayList<>();
        for (Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!known.contains(key)) unknown.add(new UnknownKey(key, line(mapping, key)));
        }
        return unknown;
    }

    /** Reads the value at the parser's token, which the tree holds as {@code node}, noting its lines. */
    private void walk(JsonParser parser, JsonNode node) throws IOException {
        JsonToken token = parser.currentToken();
        if (node == null || token == JsonToken.START_OBJECT && !node.isObject() || token == JsonToken.START_ARRAY && !node.isArray()) {
            parser.skipChildren(); // the tree read it otherwise (an alias): its lines are its parent's
        } else if (token == JsonToken.START_OBJECT) {
            Lines at = new Lines(lineOf(parser), new HashMap<>(), List.of());
            lines.put(node, at);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Integer first = at.keys().put(key, lineOf(parser));
                if (first != null) duplicates.add(new Duplicate(key, first, lineOf(parser)));
                parser.nextToken();
                walk(parser, node.get(key));
            }
        } else if (token == JsonToken.START_ARRAY) {
            Lines at = new Lines(lineOf(parser), Map.of(), new ArrayList<>());
            lines.put(node, at);
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                at.items().add(lineOf(parser));
                walk(parser, node.get(i));
            }
        }
    }

    private int lineOf(JsonParser parser) {
        return firstLine - 1 + parser.currentTokenLocation().getLineNr();
    }

    /**
     * The problem on one line, at the file's line: SnakeYAML's own message spans several, quoting
     * the line with a caret under it, which a terminal's list of diagnostics does not want.
     */
    private static Unreadable unreadable(JsonProcessingException e, int firstLine) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? "not YAML" : marked.getProblem();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                    + (marked.getContextMark() == null ? "" : " from line " + (firstLine + marked.getContextMark().getLine())) + ")";
            return new Unreadable(firstLine + marked.getProblemMark().getLine(), oneLine(problem + context));
        }
        int line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? 0 : firstLine - 1 + e.getLocation().getLineNr();
        return new Unreadable(line, oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String message) {
        return message == null ? "not YAML" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
