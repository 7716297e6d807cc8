package org.gazette.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gazette.render.Fingerprint;
import org.gazette.render.SiteFile;
import org.gazette.render.SiteFolder;
import org.gazette.render.SiteSink;

/**
 * Writes the search index as small JavaScript files that register themselves with
 * {@code GazetteSearch.add(name, data)}: the browser loads them with {@code <script>} tags, which
 * works from file:// where fetch() and module imports are blocked. A query loads the meta file,
 * the term shards of its terms and, for each of the ten results shown, the piece of its text
 * with the first match (which carries the result's title, number and facets). The format is
 * documented in {@code docs/search-index.md}.
 */
public final class SearchFiles {

    public static final String FOLDER = "search/";
    /**
     * A shard's postings at most, as {@link #shardCount} estimates them. A query loads one shard per
     * term, and a new issue rewrites the shards of the terms it changes: at 20,000 documents, 4 KB
     * instead of 8 (32,768 shards instead of 16,384) made a first query load 66.5 KB instead of 77.1
     * (median of six; the largest 73.0 KB instead of 99.7) and an added issue write 23.1 MB of shards
     * instead of 29.2, for 16,384 more files in the site.
     */
    private static final int SHARD_TARGET_BYTES = 4 * 1024;
    private static final int MIN_SHARDS = 8;

    /** What every search file is around its name and data: {@code GazetteSearch.add(name,data);}. */
    private static final String SCRIPT_START = "GazetteSearch.add(";
    private static final String SCRIPT_END = ");\n";

    /** Base 36 as {@link Long#toString(long, int)} writes it ({@link #base36}): its digits, and the powers of 36 an int holds, 36⁰ … 36⁵. */
    private static final byte[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
    private static final int[] POWERS_OF_36 = {1, 36, 1296, 46656, 1679616, 60466176};

    private final ObjectMapper json = new ObjectMapper();
    /**
     * Each thread's buffer for the search files it writes, shards and text pieces, used again for
     * each (Jackson closes it, which does nothing): a new stream for each of a full build's 240,000
     * files, grown and copied, was 1.3 of the 32 GB it allocated.
     */
    private final ThreadLocal<ByteArrayBuilder> scriptBytes = ThreadLocal.withInitial(() -> new ByteArrayBuilder(4096));
    private final String codeVersion;

    /** @param codeVersion the code that writes the files: part of every file's fingerprint */
    public SearchFiles(String codeVersion) {
        this.codeVersion = codeVersion;
    }

    /** Writes the index's files into a sink: the text pieces (most of the files) on all cores. */
    public void write(SearchIndex index, SiteSink sink) throws IOException {
        write(index, sink, () -> { });
    }

    /**
     * Writes the index's files into a sink. A shard, or an entry's folder of text pieces, whose
     * fingerprint (what it is made from) the site already has is kept, not made: a new issue's
     * build makes the shards of its terms and the pieces of its entries, and the link checker does
     * not read the rest.
     *
     * @param written called once per entry whose text pieces are written or kept, from any thread (for progress)
     */
    public void write(SearchIndex index, SiteSink sink, Runnable written) throws IOException {
        Facets facets = new Facets(index.entries());
        int shards = shardCount(index);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 5);
        meta.put("entries", index.entries().size());
        meta.put("shards", shards);
        meta.put("scale", SearchIndex.SCALE);
        meta.put("segment", SearchIndex.SEGMENT);
        meta.put("facets", facets.names());
        meta.put("packing", facets.packing());
        sink.accept(script("meta", meta));

        // By number, looked up for every posting of every shard (kept ones too, for their fingerprints): an array, not a search.
        int[] numbers = index.numbers();
        long[] packed = new long[numbers.length == 0 ? 0 : numbers[numbers.length - 1] + 1];
        for (int i = 0; i < numbers.length; i++) packed[numbers[i]] = facets.packed(index.entries().get(i));
        // Shard by shard, on all cores: only the terms' names are grouped up front.
        List<List<String>> byShard = new ArrayList<>();
        for (int s = 0; s < shards; s++) byShard.add(new ArrayList<>());
        index.postings().keySet().forEach(term -> byShard.get(shard(term, shards)).add(term));
        SiteSink.inParallel(shards, s -> {
            List<String> terms = byShard.get(s);
            terms.sort(null);
            String name = "terms/" + s;
            Fingerprint made = new Fingerprint().string(codeVersion).string(name);
            for (String term : terms) {
                TermPostings p = index.postings().get(term);
                made.string(term).number(SearchIndex.publishedDf(p.df()));
                made.ints(p.postings(), 0, p.written() * SearchIndex.STRIDE); // entry, weight, segment
                // Each posting's entry's facets, packed in a long: two ints each, as ints() would feed them.
                made.number(2 * p.written());
                for (int k = 0; k < p.written(); k++) made.number(packed[p.entry(k)]);
            }
            String inputs = made.hex();
            if (sink.keep(path(name), inputs)) return;
            sink.accept(shard(name, terms, index, packed).madeFrom(inputs));
        });
        SiteSink.inParallel(index.entries().size(), i -> {
            SearchEntry entry = index.entries().get(i);
            int number = index.numbers()[i];
            List<Object> row = facets.row(entry);
            Fingerprint made = new Fingerprint().string(codeVersion).string(index.texts().get(i).fingerprint());
            // The row cell by cell (strings, numbers or none), not written as JSON first: 23,000 entries' worth of Jackson.
            for (Object cell : row) {
                if (cell == null) made.tag('0');
                else made.tag(cell instanceof String ? 's' : 'n').string(cell.toString());
            }
            String inputs = made.hex();
            // The pieces kept together if they can be (one deleted by hand: made again); the text is made only if not.
            String folder = textFolder(number);
            List<String> names = new ArrayList<>();
            for (int g = 0; g < index.texts().get(i).pieces(); g++) names.add(piecePath(number, g).substring(folder.length()));
            if (!sink.keep(folder, names, inputs)) sink.accept(new SiteFolder(folder, pieces(number, entry, row), inputs));
            written.run();
        });
    }

    /**
     * A term shard's script, {@code GazetteSearch.add("terms/s",{"term":"postings",…});}: the bytes
     * {@link #script} writes for the map of each term to its {@linkplain #postings postings}, made in
     * one buffer of UTF-8. Each term's postings made a string of their own, their numbers strings
     * each, and Jackson's copy of them were 5 of the 30 GB a full build of the benchmark archive
     * allocated; then a builder of UTF-16 (the terms are Chinese), its string and that string's
     * UTF-8 were 250 MB of the 2.8 GB that adding an issue allocated.
     */
    private SiteFile shard(String name, List<String> terms, SearchIndex index, long[] packed) {
        ByteArrayBuilder out = scriptBytes.get();
        out.reset();
        ascii(out, SCRIPT_START + '"' + name + "\",{");
        for (int t = 0; t < terms.size(); t++) {
            if (t > 0) out.append(',');
            out.append('"');
            out.write(JsonStringEncoder.getInstance().quoteAsUTF8(terms.get(t)));
            ascii(out, "\":\"");
            postings(out, index.postings().get(terms.get(t)), packed);
            out.append('"');
        }
        out.append('}');
        ascii(out, SCRIPT_END);
        return new SiteFile(path(name), out.toByteArray());
    }

    private static void ascii(ByteArrayBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) out.append(s.charAt(i));
    }

    /** A term's postings as the shard holds them: its {@linkplain SearchIndex#publishedDf document frequency}, then entry, weight, facets, segment in base 36. */
    private static void postings(ByteArrayBuilder out, TermPostings p, long[] packed) {
        base36(out, SearchIndex.publishedDf(p.df()));
        for (int k = 0; k < p.written(); k++) {
            out.append(',');
            base36(out, p.entry(k));
            out.append(',');
            base36(out, p.weight(k));
            out.append(',');
            base36(out, packed[p.entry(k)]);
            out.append(',');
            base36(out, p.segment(k));
        }
    }

    /**
     * A number in base 36 as {@link Long#toString(long, int)} writes it, appended in place (four to a
     * posting: a string each was most of what writing the shards allocated). In int arithmetic where
     * it fits, most significant digit first: an incremental build runs C1 alone, which calls the
     * runtime for every division of a long (the packed facets: their top digits come from a division
     * each, their last five in ints).
     */
    static void base36(ByteArrayBuilder out, long n) {
        if (n < 0) {
            ascii(out, Long.toString(n, 36)); // no posting holds one
            return;
        }
        if (n <= Integer.MAX_VALUE) {
            int count = 1;
            while (count < POWERS_OF_36.length && POWERS_OF_36[count] <= n) count++;
            digits(out, (int) n, count);
            return;
        }
        int last = POWERS_OF_36.length - 1;
        base36(out, n / POWERS_OF_36[last]);
        digits(out, (int) (n % POWERS_OF_36[last]), last);
    }

    /** The last {@code count} base-36 digits of {@code v}, the most significant first, zeros and all. */
    private static void digits(ByteArrayBuilder out, int v, int count) {
        for (int k = count - 1; k >= 0; k--) out.append(DIGITS[v / POWERS_OF_36[k] % 36]);
    }

    /** An entry's text in pieces, each with the entry's row, named by its number. */
    private List<SiteFile> pieces(int number, SearchEntry e, List<Object> row) {
        List<SiteFile> files = new ArrayList<>();
        SearchEntry.Body body = e.body().get();
        String text = body.text();
        int segments = SearchIndex.EntryText.pieces(text.length());
        for (int g = 0; g < segments; g++) {
            int from = g * SearchIndex.SEGMENT;
            int to = Math.min(text.length(), from + SearchIndex.SEGMENT);
            String active = null;
            List<Object> anchors = new ArrayList<>();
            for (SearchEntry.Anchor a : body.anchors()) {
                // The last piece also holds anchors at the very end, so that the pieces give back every anchor.
                if (a.offset() < from) active = a.id();
                else if (a.offset() < to || (g == segments - 1 && a.offset() == to)) anchors.add(List.of(a.offset() - from, a.id()));
            }
            Map<String, Object> piece = new LinkedHashMap<>();
            piece.put("r", row);
            piece.put("o", from);
            piece.put("t", text.substring(from, to));
            piece.put("a", anchors);
            piece.put("p", active);
            piece.put("n", segments);
            files.add(script(pieceName(number, g), piece));
        }
        return files;
    }

    /** FNV-1a over the UTF-16 code units of the term, masked to a power-of-two shard count: {@code search.js} computes the same. */
    public static int shard(String term, int shards) {
        return Fingerprint.fnv1a(term) & (shards - 1);
    }

    private static int shardCount(SearchIndex index) {
        long bytes = 0;
        for (Map.Entry<String, TermPostings> e : index.postings().entrySet()) {
            bytes += e.getKey().length() * 3L + e.getValue().written() * SearchIndex.STRIDE * 6L;
        }
        int shards = MIN_SHARDS;
        while ((long) shards * SHARD_TARGET_BYTES < bytes) shards *= 2;
        return shards;
    }

    /** The folder of the text pieces of the entry numbered {@code number}: every {@link #piecePath} of it is directly inside. */
    private static String textFolder(int number) {
        return FOLDER + "text/" + number + "/";
    }

    /** The file of piece {@code g} of the text of the entry numbered {@code number}. */
    static String piecePath(int number, int g) {
        return path(pieceName(number, g));
    }

    /** The name a text piece registers itself under ({@code GazetteSearch.add}); its file is {@link #path} of it. */
    private static String pieceName(int number, int g) {
        return "text/" + number + "/" + g;
    }

    private static String path(String name) {
        return FOLDER + name + ".js";
    }

    /** The data of a search file as {@link #script} wrote it, as JSON (names hold no comma). */
    static String data(String script) {
        int from = script.indexOf(',');
        int to = script.lastIndexOf(')');
        if (!script.startsWith(SCRIPT_START) || from < 0 || to < from) throw new IllegalArgumentException("not a search file");
        return script.substring(from + 1, to);
    }

    /**
     * {@code GazetteSearch.add(name,data);} in UTF-8, the JSON written as bytes straight away: as a
     * string, then joined and encoded, it was copied three times more (240,000 files in a full
     * build).
     */
    private SiteFile script(String name, Object data) {
        ByteArrayBuilder out = scriptBytes.get();
        out.reset();
        try {
            ascii(out, SCRIPT_START);
            json.writeValue(out, name);
            out.write(',');
            json.writeValue(out, data);
            ascii(out, SCRIPT_END);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write search file " + name, e); // into memory: not expected
        }
        return new SiteFile(path(name), out.toByteArray());
    }
}
