package org.gazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.gazette.search.IndexBuilder;
import org.gazette.search.SearchAnalyzer;
import org.gazette.search.SearchEntry;

/**
 * Compares the two CJK analyses on the sample archive: bigrams (CJKBigramFilter) and word
 * segmentation (SmartChineseAnalyzer). For each, the number of distinct terms and postings, and
 * the recall of queries a reader types — a word or part of a word from a title — as the share of
 * queries whose terms all occur in the document they were taken from. Run by bench/analyzers.sh.
 */
public final class AnalyzerComparison {

    public static void main(String[] args) throws IOException {
        var archive = BenchArchive.of(Path.of("content"));
        SearchAnalyzer bigrams = new SearchAnalyzer();
        SmartChineseAnalyzer smart = new SmartChineseAnalyzer();
        List<String> texts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (SearchEntry e : new IndexBuilder().build(archive).entries()) {
            if (!e.kind().equals("document")) continue;
            titles.add(e.title());
            texts.add(e.title() + "\n" + e.text());
        }
        // Queries: 2-, 3- and 4-character pieces of every title's runs of ideographs (what people type: 政务云, 湘江新区, 医共体).
        List<String[]> queries = new ArrayList<>();
        for (int d = 0; d < titles.size(); d++) {
            for (String run : titles.get(d).split("[^\\u4e00-\\u9fff]+")) {
                for (int len = 2; len <= 4; len++) {
                    for (int i = 0; i + len <= run.length(); i += len) queries.add(new String[] {String.valueOf(d), run.substring(i, i + len)});
                }
            }
        }
        report("bigram (CJKBigramFilter)", texts, queries, bigrams::tokens);
        report("words (SmartChineseAnalyzer)", texts, queries, s -> tokens(smart, s));
    }

    interface Tokens {
        List<String> of(String text);
    }

    private static void report(String name, List<String> texts, List<String[]> queries, Tokens analyzer) {
        long started = System.nanoTime();
        List<Set<String>> docs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        long postings = 0;
        for (String t : texts) {
            Set<String> terms = new HashSet<>(analyzer.of(t));
            docs.add(terms);
            postings += terms.size();
            terms.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        int found = 0;
        for (String[] q : queries) {
            List<String> terms = analyzer.of(q[1]);
            if (!terms.isEmpty() && docs.get(Integer.parseInt(q[0])).containsAll(terms)) found++;
        }
        System.out.printf("%-30s terms %,8d  postings %,9d  analysis %,6d ms  recall %.1f%% (%d of %d title fragments)%n",
                name, df.size(), postings, ms, 100.0 * found / queries.size(), found, queries.size());
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
