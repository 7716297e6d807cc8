package org.gazette.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.link.CitationIndex;
import org.gazette.parse.CitationFinder;

/**
 * Cuts a paragraph into text and links: every mention of another document becomes a link to its
 * page (in the archive, or the page of a document cited but not held), and 本办法第十五条-style
 * references to an article of the same document link to its anchor. The text itself is never
 * changed; the templates escape every segment.
 */
final class TextLinker {

    /** A run of text, linked when {@code href} is not null. */
    public record Segment(String text, String href) {
    }

    private static final Pattern OWN_ARTICLE = Pattern.compile(
            "本(?:办法|条例|规定|细则|实施细则|规则|决定|方案|意见|通知)(第[一二三四五六七八九十百零〇]+条)");

    /** An article named right after a mention of another document: 《…办法》第十五条. */
    private static final Pattern FOLLOWING_ARTICLE = Pattern.compile("(第[一二三四五六七八九十百零〇]+条)");

    private final CitationIndex citations;
    private final java.util.function.Function<String, Set<String>> anchorsOf;
    private final java.util.function.Function<String, String> textOf;

    /**
     * @param anchorsOf the anchors of a document of the archive, by id: a mention followed by
     *                  第N条 links to that article when the cited document has it
     * @param textOf    what the text of a document of the archive was made from, by id, or null when
     *                  not known (see {@link org.gazette.link.ArchiveDocument#madeFrom()}): its
     *                  anchors are known by it
     */
    TextLinker(CitationIndex citations, java.util.function.Function<String, Set<String>> anchorsOf,
               java.util.function.Function<String, String> textOf) {
        this.citations = citations;
        this.anchorsOf = anchorsOf;
        this.textOf = textOf;
    }

    /**
     * Everything {@link #segments} is told about a mention with this lookup: the document it leads
     * to and that document's anchors (known by what its text was made from when that is known,
     * else listed), else whether it has a page as a document outside the archive. A paragraph whose
     * mentions get the same answers is cut into the same segments.
     */
    record Answer(CitationIndex.Lookup lookup, String target, String targetText, List<String> anchors, boolean outside) {
    }

    Answer answer(CitationIndex.Lookup lookup) {
        String target = citations.resolve(lookup).orElse(null);
        if (target == null) {
            return new Answer(lookup, null, null, List.of(),
                    citations.page(lookup, SitePaths::document, SitePaths::cited).isPresent());
        }
        String text = textOf.apply(target);
        return new Answer(lookup, target, text, text != null ? List.of() : anchorsOf.apply(target).stream().sorted().toList(), false);
    }

    /**
     * Cuts a paragraph into segments.
     *
     * @param asked gets the lookup of every mention in the text: what the answers were asked about
     */
    List<Segment> segments(String text, String selfId, Set<String> anchors, String root,
                           java.util.Collection<CitationIndex.Lookup> asked) {
        record Link(int start, int end, String href) {
        }
        List<Link> links = new ArrayList<>();
        for (CitationFinder.Mention m : CitationFinder.mentions(text, 0)) {
            CitationIndex.Lookup lookup = citations.lookup(m.citation());
            asked.add(lookup);
            String target = citations.resolve(lookup).orElse(null);
            if (selfId.equals(target)) continue;
            Matcher article = target == null ? null : FOLLOWING_ARTICLE.matcher(text).region(m.end(), text.length());
            if (article != null && article.lookingAt() && anchorsOf.apply(target).contains(article.group(1))) {
                links.add(new Link(m.start(), article.end(),
                        root + SitePaths.document(target) + "#" + article.group(1)));
                continue;
            }
            citations.page(lookup, SitePaths::document, SitePaths::cited)
                    .ifPresent(page -> links.add(new Link(m.start(), m.end(), root + page)));
        }
        if (text.indexOf('本') >= 0) { // most paragraphs have none: the pattern would be tried at every character
            Matcher a = OWN_ARTICLE.matcher(text);
            while (a.find()) {
                if (anchors.contains(a.group(1))) links.add(new Link(a.start(), a.end(), "#" + a.group(1)));
            }
        }
        links.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Link l : links) {
            if (l.start() < at) continue;
            if (l.start() > at) out.add(new Segment(text.substring(at, l.start()), null));
            out.add(new Segment(text.substring(l.start(), l.end()), l.href()));
            at = l.end();
        }
        if (at < text.length()) out.add(new Segment(text.substring(at), null));
        return out;
    }
}
