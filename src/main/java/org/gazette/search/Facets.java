package org.gazette.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The facets results are filtered and counted by — gazette, type, issuer, status, and kind (document
 * or person) — as small numbers, with their names in the meta file. A value's code is its
 * {@linkplain StableNumbers stable number} among the values of its facet, so a value that comes or
 * goes (a back issue's issuer) changes no other value's code, and no posting or text file of
 * another entry. The codes of an entry are packed into one number carried in every posting, so that
 * filters and their counts need no other file.
 */
final class Facets {

    /** The facets in a row's order, each with the range its codes' homes fall in (at least). */
    private static final Map<String, Integer> RANGES = ranges();
    /** The facets packed into postings, highest first: the issuer, whose codes grow most, on top. */
    private static final List<String> PACKED = List.of("issuer", "gazette", "type", "status");
    private static final int YEAR_BITS = 8;

    private static Map<String, Integer> ranges() {
        Map<String, Integer> ranges = new LinkedHashMap<>();
        ranges.put("gazette", 16);
        ranges.put("type", 64);
        ranges.put("issuer", 1024);
        ranges.put("status", 8);
        ranges.put("kind", 4);
        return Collections.unmodifiableMap(ranges);
    }

    private static final Map<String, Function<SearchEntry, String>> VALUE = Map.of(
            "gazette", SearchEntry::gazette, "type", SearchEntry::type, "issuer", SearchEntry::issuer,
            "status", SearchEntry::status, "kind", SearchEntry::kind);

    private final Map<String, Map<String, Integer>> codes = new LinkedHashMap<>();
    /** The bits each packed facet takes: its {@code code + 1} is below {@code 2^bits}. */
    private final Map<String, Integer> bits = new LinkedHashMap<>();

    Facets(List<SearchEntry> entries) {
        RANGES.forEach((facet, minimum) -> {
            List<String> values = entries.stream().map(VALUE.get(facet)).filter(Objects::nonNull).distinct().sorted().toList();
            int range = StableNumbers.range(values.size(), minimum);
            int[] numbers = StableNumbers.of(values, range);
            Map<String, Integer> byValue = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) byValue.put(values.get(i), numbers[i]);
            codes.put(facet, byValue);
            // Numbers stay below 1.5 times the range (at most half as many values as the range), so code + 1 fits here.
            if (PACKED.contains(facet)) bits.put(facet, Integer.numberOfTrailingZeros(range) + 1);
        });
        if (YEAR_BITS + bits.values().stream().mapToInt(Integer::intValue).sum() > 53) {
            throw new IllegalStateException("packed facets would not fit a number the browser reads exactly: " + bits);
        }
    }

    /** Each facet's values by code, in code order: the meta file's dictionaries. */
    Map<String, Map<Integer, String>> names() {
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        codes.forEach((f, m) -> {
            Map<Integer, String> byCode = new TreeMap<>();
            m.forEach((value, code) -> byCode.put(code, value));
            out.put(f, byCode);
        });
        return out;
    }

    /** How many bits each packed facet takes, lowest first after the year's 8 (the issuer, last, takes the rest). */
    Map<String, Integer> packing() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = PACKED.size() - 1; k > 0; k--) out.put(PACKED.get(k), bits.get(PACKED.get(k)));
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
        for (String facet : RANGES.keySet()) row.add(code(facet, e));
        return row;
    }

    /**
     * The facets of an entry in one number: {@code (((issuer·2^g + gazette)·2^t + type)·2^s + status)·256 + year},
     * each code + 1 (0 = none) in the bits {@link #packing} gives it, the year − 1899 (0 = none).
     */
    long packed(SearchEntry e) {
        long p = 0;
        for (String facet : PACKED) p = (p << bits.get(facet)) + code(facet, e) + 1;
        long year = e.year() == null ? 0 : Math.max(1, Math.min(255, Integer.parseInt(e.year()) - 1900 + 1));
        return (p << YEAR_BITS) + year;
    }

    private int code(String facet, SearchEntry e) {
        String value = VALUE.get(facet).apply(e);
        return value == null ? -1 : codes.get(facet).get(value);
    }
}
