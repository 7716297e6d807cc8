package org.gazette.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Takes the values of an editor's YAML as the reader expects them, telling each slip at its line:
 * a value of the wrong shape (a list where one value belongs, a word where a number does) is an
 * error under the reader's code and is not used; a key the reader does not know (a typo) is a
 * warning, for what it says is not applied; a key given twice in one mapping is an error (the second
 * value used). So nothing an editor wrote is ignored without a word.
 */
public final class YamlValues {

    private final YamlTree tree;
    private final String file;
    private final String valueCode;
    private final String keyCode;
    private final List<Diagnostic> diagnostics;

    /**
     * @param valueCode the code of an error for a value of the wrong shape
     * @param keyCode   the code of a warning for a key not known
     * @param diagnostics where the slips are told
     */
    public YamlValues(YamlTree tree, String file, String valueCode, String keyCode, List<Diagnostic> diagnostics) {
        this.tree = tree;
        this.file = file;
        this.valueCode = valueCode;
        this.keyCode = keyCode;
        this.diagnostics = diagnostics;
        for (YamlTree.Duplicate d : tree.duplicates()) {
            error(d.line(), d.key() + ": given twice in one mapping (lines " + d.first() + " and " + d.line()
                    + "); the second value is used, the first is not");
        }
    }

    public YamlTree tree() {
        return tree;
    }

    /**
     * The text's top mapping, its keys checked against the known ones; null when the text holds
     * nothing, or something other than a mapping (an error then).
     */
    public JsonNode top(Collection<String> known) {
        JsonNode root = tree.root();
        if (root == null) return null;
        if (!root.isObject()) {
            error(tree.line(root), "a mapping of " + String.join(":, ", known) + ": is expected here, not " + shape(root));
            return null;
        }
        knownKeys(root, known);
        return root;
    }

    /** A key's value as text, or null when there is none or it is not one value (an error then). */
    public String text(JsonNode mapping, String key) {
        JsonNode value = mapping.get(key);
        if (value == null || value.isNull()) return null;
        if (!value.isValueNode()) {
            error(tree.line(mapping, key), key + ": one value, not " + shape(value));
            return null;
        }
        return value.asText();
    }

    /** A key's value as a whole number, or null when there is none or it is not one (an error then). */
    public Integer number(JsonNode mapping, String key) {
        JsonNode value = mapping.get(key);
        if (value == null || value.isNull()) return null;
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(tree.line(mapping, key), key + ": a whole number, not " + shape(value));
            return null;
        }
        return value.asInt();
    }

    /** A key's mapping, or null when there is none or the value is not a mapping (an error then, naming what it holds). */
    public JsonNode mapping(JsonNode mapping, String key, String holds) {
        return container(mapping, key, true, "a mapping of " + holds);
    }

    /** A key's list, or null when there is none or the value is not a list (an error then, naming what it holds). */
    public JsonNode list(JsonNode mapping, String key, String holds) {
        return container(mapping, key, false, "a list of " + holds + " (each item begins with '- ')");
    }

    /** A key's list of values (one value is a list of one), or an empty list; an item that is not one value is an error. */
    public List<String> texts(JsonNode mapping, String key) {
        JsonNode value = mapping.get(key);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) return texts;
        if (value.isValueNode()) {
            texts.add(value.asText());
        } else if (!value.isArray()) {
            error(tree.line(mapping, key), key + ": a list of values, not " + shape(value));
        } else {
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isValueNode() && !item.isNull()) {
                    texts.add(item.asText());
                } else {
                    error(tree.line(value, i), key + ": each item one value, not " + shape(item));
                }
            }
        }
        return texts;
    }

    /** Tells each key of the mapping that is not among the known ones. */
    public void knownKeys(JsonNode mapping, Collection<String> known) {
        for (YamlTree.UnknownKey unknown : tree.unknownKeys(mapping, known)) {
            diagnostics.add(new Diagnostic(file, unknown.line(), Severity.WARNING, keyCode, "unknown key '" + unknown.key()
                    + "' (known here: " + String.join(", ", known.stream().sorted().toList()) + "): what it says is not applied"));
        }
    }

    /** An error at a line, under the code for values. */
    public void error(int line, String message) {
        diagnostics.add(new Diagnostic(file, line, Severity.ERROR, valueCode, message));
    }

    private JsonNode container(JsonNode mapping, String key, boolean object, String expected) {
        JsonNode value = mapping.get(key);
        if (value == null || value.isNull()) return null;
        if (object ? !value.isObject() : !value.isArray()) {
            error(tree.line(mapping, key), key + " is " + expected + ", not " + shape(value));
            return null;
        }
        return value;
    }

    /** What a value is, for a message. */
    public static String shape(JsonNode node) {
        if (node.isArray()) return "a list";
        if (node.isObject()) return "a mapping";
        return "'" + node.asText() + "'";
    }
}
