package org.gazette.search;

import java.util.ArrayList;
import java.util.List;

import org.gazette.render.Fingerprint;

/**
 * An entry's fingerprint: its analysed fields, its text and where its articles start. The text is
 * hashed by its characters alone, so the fingerprint is the same whether the text is fed in the
 * fragments a body is made of or whole — as the text files of the published site give it back
 * ({@link PublishedTexts}), which lets a build check that what it read there is what an earlier
 * build analysed.
 */
final class EntryFingerprint {

    private final String[] fields;
    private final Fingerprint text = new Fingerprint();
    private final List<SearchEntry.Anchor> anchors = new ArrayList<>();
    private int length;

    EntryFingerprint(String[] fields) {
        this.fields = fields;
    }

    /** The fingerprint of an entry whose text is known whole. */
    static String of(String[] fields, SearchEntry.Body body) {
        EntryFingerprint f = new EntryFingerprint(fields);
        int at = 0;
        for (SearchEntry.Anchor a : body.anchors()) {
            f.text(body.text().substring(at, a.offset()));
            f.anchor(a.id());
            at = a.offset();
        }
        f.text(body.text().substring(at));
        return f.hex();
    }

    void text(String s) {
        text.chars(s);
        length += s.length();
    }

    /** An article starts here. */
    void anchor(String id) {
        anchors.add(new SearchEntry.Anchor(length, id));
    }

    int length() {
        return length;
    }

    /** The fingerprint, in hex. Ends it. */
    String hex() {
        Fingerprint f = new Fingerprint();
        for (String field : fields) f.string(field);
        f.tag('t').string(text.hex()).number(length);
        for (SearchEntry.Anchor a : anchors) f.tag('a').number(a.offset()).string(a.id());
        return f.hex();
    }
}
