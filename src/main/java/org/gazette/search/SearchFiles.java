package org.gazette.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gazette.render.SiteFile;

/**
 * Writes the search index as small JavaScript files that register themselves with
 * {@code GazetteSearch.add(name, data)}: the browser loads them with {@code <script>} tags, which
 * works from file:// where fetch() and module imports are blocked. A query loads the meta file,
 * the term shards of its terms, the document chunks of its results and the texts of the ten
 * shown. The format is documented in {@code docs/search-index.md}.
 */
public final class SearchFiles {

    public static final String FOLDER = "search/";
    /** Entries per docs/ file: small, because a query loads the chunks of every candidate it counts. */
    public static final int DOC_CHUNK = 32;
    private static final int SHARD_TARGET_BYTES = 16 * 1024;
    private static final int MIN_SHARDS = 8;

    private final ObjectMapper json = new ObjectMapper();

    public List<SiteFile> files(SearchIndex index) {
        List<SiteFile> files = new ArrayList<>();
        Facets facets = new Facets(index.entries());
        int shards = shardCount(index);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("entries", index.entries().size());
        meta.put("shards", shards);
        meta.put("chunk", DOC_CHUNK);
        meta.put("scale", SearchIndex.SCALE);
        meta.put("facets", facets.names());
        files.add(script("meta", meta));

        for (int start = 0; start < index.entries().size(); start += DOC_CHUNK) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = start; i < Math.min(start + DOC_CHUNK, index.entries().size()); i++) {
                rows.add(facets.row(index.entries().get(i)));
            }
            files.add(script("docs/" + start / DOC_CHUNK, rows));
        }
        List<Map<String, int[]>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) byShard.add(new TreeMap<>());
        index.postings().forEach((term, postings) -> byShard.get(shard(term, shards)).put(term, postings));
        for (int s = 0; s < shards; s++) files.add(script("terms/" + s, byShard.get(s)));
        for (int i = 0; i < index.entries().size(); i++) {
            SearchEntry e = index.entries().get(i);
            List<Object> anchors = new ArrayList<>();
            e.anchors().forEach(a -> anchors.add(List.of(a.offset(), a.id())));
            files.add(script("text/" + i, Map.of("t", e.text(), "a", anchors)));
        }
        return files;
    }

    /** FNV-1a over the UTF-16 code units of the term, masked to a power-of-two shard count: {@code search.js} computes the same. */
    public static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return h & (shards - 1);
    }

    private static int shardCount(SearchIndex index) {
        long bytes = 0;
        for (Map.Entry<String, int[]> e : index.postings().entrySet()) bytes += e.getKey().length() * 3L + e.getValue().length * 5L;
        int shards = MIN_SHARDS;
        while ((long) shards * SHARD_TARGET_BYTES < bytes) shards *= 2;
        return shards;
    }

    private SiteFile script(String name, Object data) {
        try {
            String body = "GazetteSearch.add(" + json.writeValueAsString(name) + "," + json.writeValueAsString(data) + ");\n";
            return new SiteFile(FOLDER + name + ".js", body.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write search file " + name, e);
        }
    }

    /** Facet values as small numbers, with their names in the meta file. */
    private static final class Facets {
        private final Map<String, Map<String, Integer>> codes = new LinkedHashMap<>();

        Facets(List<SearchEntry> entries) {
            for (String f : List.of("gazette", "type", "issuer", "status", "kind")) codes.put(f, new TreeMap<>());
            for (SearchEntry e : entries) {
                add("gazette", e.gazette());
                add("type", e.type());
                add("issuer", e.issuer());
                add("status", e.status());
                add("kind", e.kind());
            }
            codes.values().forEach(m -> {
                int i = 0;
                for (Map.Entry<String, Integer> v : m.entrySet()) v.setValue(i++);
            });
        }

        private void add(String facet, String value) {
            if (value != null) codes.get(facet).put(value, 0);
        }

        Map<String, List<String>> names() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            codes.forEach((f, m) -> out.put(f, new ArrayList<>(m.keySet())));
            return out;
        }

        /** [url, title, number, date, year, gazette, type, issuer, status, kind] with facet codes (-1 when absent). */
        List<Object> row(SearchEntry e) {
            List<Object> row = new ArrayList<>();
            row.add(e.url());
            row.add(e.title());
            row.add(e.number());
            row.add(e.date());
            row.add(e.year() == null ? null : Integer.valueOf(e.year()));
            row.add(code("gazette", e.gazette()));
            row.add(code("type", e.type()));
            row.add(code("issuer", e.issuer()));
            row.add(code("status", e.status()));
            row.add(code("kind", e.kind()));
            return row;
        }

        private int code(String facet, String value) {
            return value == null ? -1 : codes.get(facet).get(value);
        }
    }
}
