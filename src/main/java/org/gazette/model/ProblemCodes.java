package org.gazette.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * What each {@link Diagnostic#code() diagnostic code} means (问题类型), for the people who read a
 * report: a short Chinese name, and what it means and what to do, in Chinese and in English. A code
 * such as {@code markup-in-table} tells a tool what happened; an editor reading the site's
 * data-quality pages (数据质量) needs to be told in their language, and whether to act.
 *
 * <p>The catalogue is {@code problem-codes.yaml} beside this class, in the jar: {@code gazette explain}
 * prints it and the data-quality pages show it. Every code the program reports has an entry (a test
 * holds the catalogue and the sources to each other).
 */
public final class ProblemCodes {

    /**
     * What one code means.
     *
     * @param name  a short name in Chinese, shown beside the code
     * @param about what it means and what to do, in Chinese
     * @param en    the same in English
     */
    public record Meaning(String code, String name, String about, String en) {
    }

    private static final String RESOURCE = "problem-codes.yaml";
    private static final Set<String> FIELDS = Set.of("name", "about", "en");

    private final Map<String, Meaning> byCode;

    private ProblemCodes(Map<String, Meaning> byCode) {
        this.byCode = byCode;
    }

    /** The catalogue the jar carries, read once. */
    public static ProblemCodes catalogue() {
        return Catalogue.READ;
    }

    /** What a code means, if the catalogue has it. */
    public Optional<Meaning> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every code's meaning, in the catalogue's order (grouped by where the problem is). */
    public Collection<Meaning> all() {
        return byCode.values();
    }

    /** The catalogue read from YAML: a mapping of codes, each a mapping of name, about and en. */
    static ProblemCodes read(InputStream yaml) throws IOException {
        YAMLMapper mapper = new YAMLMapper(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        JsonNode root = mapper.readTree(yaml);
        if (root == null || !root.isObject()) throw new IOException("the catalogue is not a mapping of codes");
        Map<String, Meaning> byCode = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = e.getValue();
            List<String> keys = new ArrayList<>();
            m.fieldNames().forEachRemaining(keys::add);
            if (!m.isObject() || !FIELDS.containsAll(keys) || keys.size() != FIELDS.size()
                    || !m.get("name").isTextual() || !m.get("about").isTextual() || !m.get("en").isTextual()) {
                throw new IOException("code " + e.getKey() + ": give exactly name, about and en, each a text");
            }
            byCode.put(e.getKey(), new Meaning(e.getKey(), m.get("name").asText(), m.get("about").asText(), m.get("en").asText()));
        }
        return new ProblemCodes(Collections.unmodifiableMap(byCode));
    }

    /** Read once, when first asked for (the holder idiom): {@code check} without problems never reads it. */
    private static final class Catalogue {
        static final ProblemCodes READ = readOwn();

        private static ProblemCodes readOwn() {
            try (InputStream in = ProblemCodes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IOException("not in the jar");
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
