package org.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis of the search index: Lucene's StandardTokenizer (Unicode word breaks: every
 * ideograph a token, ASCII words and numbers whole), CJKWidthFilter (full-width ASCII to
 * half-width), lower case, and CJKBigramFilter (adjacent ideographs become overlapping bigrams, a
 * lone ideograph stays a unigram). No stop words: in 文号 and names every character matters.
 * Plain runs of ideographs or of ASCII letters and digits are tokenised without Lucene, to the
 * tokens it would give them ({@link PlainRuns}); Lucene analyses the rest.
 *
 * <p>The browser's {@code search.js} tokenises queries the same way; a browser test checks that
 * both give the same tokens. Bigrams were chosen over word segmentation (SmartChineseAnalyzer)
 * with figures: see {@code bench/README.md}.
 */
public final class SearchAnalyzer {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    /**
     * Receives tokens one by one, without a list or even a string in between (the index analyses a
     * lot of text): the term is the first {@code length} characters of a buffer that the next token
     * overwrites.
     */
    public interface TokenConsumer {
        void accept(char[] term, int length, int offset);
    }

    /** Analyses the text and passes each token to the consumer, in the order of the text; returns the number of tokens. */
    public int forEachToken(String text, TokenConsumer consumer) {
        if (text == null || text.isBlank()) return 0;
        int[] count = {0};
        // Plain runs of ideographs or ASCII letters and digits need no Lucene (most of a gazette's
        // text, and the index's costliest part when every ideograph went through it); Lucene
        // analyses what lies between them, with the same result as over the whole text.
        PlainRuns.split(text, new PlainRuns.Sink() {
            @Override
            public void token(char[] term, int length, int offset) {
                consumer.accept(term, length, offset);
                count[0]++;
            }

            @Override
            public void rest(int from, int to) {
                count[0] += analyse(text.substring(from, to), from, consumer);
            }
        });
        return count[0];
    }

    /** Lucene's analysis alone, each token's offset moved by {@code shift}: what {@link #forEachToken} must equal. */
    int analyse(String text, int shift, TokenConsumer consumer) {
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                consumer.accept(term.buffer(), term.length(), shift + offset.startOffset());
                count++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return count;
    }

    /** The tokens of a text, in order. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, (term, length, offset) -> out.add(new String(term, 0, length)));
        return out;
    }
}
