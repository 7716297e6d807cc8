package org.gazette.curate;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Curated Markdown to safe HTML: flexmark renders (with tables), then jsoup keeps only the
 * elements and attributes of {@link Safelist#relaxed()} — raw HTML an editor writes (or pastes)
 * cannot bring script, styles or event handlers into the site. Relative links are kept relative.
 * A line break inside a paragraph between two Chinese characters is no space ({@link ChineseLineBreaks}).
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = Safelist.relaxed().preserveRelativeLinks(true);

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new ChineseLineBreaks()));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        // A base URI is needed for jsoup to keep relative links; it never appears in the output.
        return Jsoup.clean(html, "http://site.invalid/", safelist).strip();
    }

    /**
     * Joins the lines of a paragraph where both sides of the break are Chinese. An editor wraps
     * Chinese text as any other, and Markdown keeps each line break as one, which a browser shows as
     * a space: "页面， 文件之间" (as pandoc's {@code east_asian_line_breaks}, goldmark's and marked's
     * CJK options do). Between other characters the break stays, a space between words. Markup
     * around the break ({@code **}, a link's {@code [}) is looked past.
     */
    static final class ChineseLineBreaks implements HtmlRenderer.HtmlRendererExtension {

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(new NodeRenderingHandler<>(SoftLineBreak.class,
                    (node, context, html) -> {
                        if (!betweenChinese(node.getChars())) context.delegateRender();
                    })));
        }

        private static boolean betweenChinese(BasedSequence lineBreak) {
            BasedSequence source = lineBreak.getBaseSequence();
            int before = lineBreak.getStartOffset() - 1;
            while (before >= 0 && " \t*_".indexOf(source.charAt(before)) >= 0) before--;
            int after = lineBreak.getEndOffset();
            while (after < source.length() && " \t*_[".indexOf(source.charAt(after)) >= 0) after++;
            return before >= 0 && after < source.length() && chinese(source.charAt(before)) && chinese(source.charAt(after));
        }

        /** An ideograph, or Chinese punctuation (the CJK symbols and the full-width forms: ，。、（）《》). */
        private static boolean chinese(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
        }
    }
}
