package org.gazette.curate;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Curated Markdown to safe HTML: flexmark renders (with tables), then jsoup keeps only the
 * elements and attributes of {@link Safelist#relaxed()} — raw HTML an editor writes (or pastes)
 * cannot bring script, styles or event handlers into the site. Relative links are kept relative.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = Safelist.relaxed().preserveRelativeLinks(true);

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        // A base URI is needed for jsoup to keep relative links; it never appears in the output.
        return Jsoup.clean(html, "http://site.invalid/", safelist).strip();
    }
}
