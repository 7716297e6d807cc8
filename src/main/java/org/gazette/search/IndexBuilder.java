package org.gazette.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.link.DocumentStatus;
import org.gazette.link.Person;
import org.gazette.model.Appointment;
import org.gazette.model.Block;
import org.gazette.model.Document;
import org.gazette.render.Fingerprint;
import org.gazette.render.SitePaths;

/**
 * Builds the search index from the archive. Each entry has weighted fields — title and numbers
 * (文号 as printed and normalised, 登记号, 令号) above the people named, above issuers, above the
 * body — and each term's weight per entry is BM25F, computed here once: the browser only applies
 * the idf and adds up. Very common terms keep their best-weighted entries only. Given what the
 * last build kept ({@link IndexState}), only new and changed entries are analysed.
 */
public final class IndexBuilder {

    /** How many entries a term keeps: a term in every document ranks nothing and costs bytes. */
    public static final int MAX_POSTINGS = 300;

    /**
     * A built index.
     *
     * @param state      what to keep for the next build
     * @param analysed   how many entries were analysed
     * @param reanalysed null when only new and changed entries were analysed; else why every entry was
     * @param unchanged  the state is the one the build was given (the same entries, texts and fields): no need to keep it again
     */
    public record Built(SearchIndex index, IndexState state, int analysed, String reanalysed, boolean unchanged) {
    }

    /** The least range entries' numbers' homes fall in: see {@link #IndexBuilder()}. */
    private final int entryRange;

    /**
     * A builder numbering entries in a range of a million ({@link StableNumbers#range}): numbers have
     * four base-36 digits, and an archive would need half a million entries before they all change.
     */
    public IndexBuilder() {
        this(1 << 20);
    }

    /** A builder numbering entries in a range of at least this (a power of two); tests make collisions likely with a small one. */
    IndexBuilder(int entryRange) {
        this.entryRange = entryRange;
    }

    public SearchIndex build(Archive archive) {
        return build(archive, null, () -> { }).index();
    }

    /** The index of an archive, without the texts an earlier build published (see the next). */
    public Built build(Archive archive, IndexState previous, Runnable analysed) {
        return build(archive, previous, PublishedTexts.NONE, analysed);
    }

    /**
     * The index of an archive.
     *
     * @param previous  what an earlier build kept, or null; taken over (its maps changed), not to be used again
     * @param published the texts the earlier build published: an entry removed or changed whose terms it did not
     *                  list is taken out by them ({@link IndexUpdate})
     * @param analysed  called once per entry analysed, from any thread (for progress)
     */
    public Built build(Archive archive, IndexState previous, PublishedTexts published, Runnable analysed) {
        return build(entriesOf(archive), previous, published, analysed);
    }

    /**
     * What the index is made of, taken from an archive: each document's and person's entry, its fields
     * and a way to its text. It holds none of the archive's documents, only their bodies (read from the
     * parse cache as needed): a build lets the archive go once its pages are made, and the index, its
     * peak of memory, is made in the room the documents left.
     */
    public static final class Entries {
        private final List<Candidate> candidates;

        private Entries(List<Candidate> candidates) {
            this.candidates = candidates;
        }

        /** How many entries: the archive's documents and people. */
        public int size() {
            return candidates.size();
        }
    }

    /** The archive's documents and people as the entries of its index. */
    public static Entries entriesOf(Archive archive) {
        return new Entries(candidates(archive));
    }

    /** The index of these entries, as {@link #build(Archive, IndexState, PublishedTexts, Runnable)} makes an archive's. */
    public Built build(Entries found, IndexState previous, PublishedTexts published, Runnable analysed) {
        Numbering numbering = numbering(found.candidates);
        List<Candidate> candidates = numbering.candidates();
        List<SearchEntry> entries = candidates.stream().map(Candidate::entry).toList();
        List<String[]> fields = candidates.stream().map(Candidate::fields).toList();
        List<String> urls = entries.stream().map(SearchEntry::url).toList();
        // Every entry's text measured and fingerprinted, without keeping it: the scores need the
        // lengths, and the fingerprints tell which entries changed since the last build. An entry
        // stamped as the last build saw it has the hash and length it had: its text is not read.
        // Without a last build, each text is measured as it is analysed (read once, not twice).
        Map<String, Integer> before = new HashMap<>();
        if (previous != null) for (int e = 0; e < previous.urls().size(); e++) before.put(previous.urls().get(e), e);
        IndexState last = previous;
        int[] lengths = new int[entries.size()];
        String[] hashes = new String[entries.size()];
        String[] stamps = new String[entries.size()];
        IntStream.range(0, entries.size()).parallel().forEach(e -> {
            stamps[e] = stamp(fields.get(e), candidates.get(e).madeFrom());
            if (last == null) return;
            Integer was = stamps[e].isEmpty() ? null : before.get(urls.get(e));
            if (was != null && last.stamps().get(was).equals(stamps[e])) {
                lengths[e] = last.lengths().get(was);
                hashes[e] = last.hashes().get(was);
                return;
            }
            Flattened out = new Flattened(fields.get(e));
            candidates.get(e).text().accept(out);
            lengths[e] = out.length;
            hashes[e] = out.fingerprint.hex();
        });
        IndexEntries numbered = new IndexEntries(entries, fields, candidates.stream().map(Candidate::since).toList(), lengths,
                numbering.numbers(), numbering.ages());
        List<String> stampList = List.of(stamps);
        if (previous == null) {
            // The lengths filled in as the texts are read, each before its entry is weighed.
            Bm25Postings.Analysis all = new Bm25Postings().of(numbered, IntStream.range(0, numbered.size()).toArray(),
                    (e, body) -> {
                        lengths[e] = body.text().length();
                        hashes[e] = EntryFingerprint.of(fields.get(e), body);
                    }, analysed);
            return analysed(numbered, urls, List.of(hashes), stampList, all, "no index from an earlier build");
        }
        List<String> hashList = List.of(hashes);
        boolean unchanged = previous.urls().equals(urls) && previous.hashes().equals(hashList)
                && previous.stamps().equals(stampList) && previous.sinces().equals(numbered.sinces());
        IndexUpdate.Result update = new IndexUpdate(entryRange, published).apply(previous, numbered, urls, hashList, stampList, analysed);
        previous = null; // taken over by the update: garbage now, whatever came of it
        if (update.impossible() == null) {
            SearchIndex index = new SearchIndex(entries, numbered.numbers(), update.state().postings(), texts(hashList, lengths));
            return new Built(index, update.state(), update.analysed(), null, unchanged);
        }
        Bm25Postings.Analysis all = new Bm25Postings().of(numbered, IntStream.range(0, numbered.size()).toArray(), analysed);
        return analysed(numbered, urls, hashList, stampList, all, update.impossible());
    }

    /** Candidates in the order of their numbers, with each one's number and age (its place oldest first). */
    private record Numbering(List<Candidate> candidates, int[] numbers, int[] ages) {
    }

    private Numbering numbering(List<Candidate> found) {
        int[] numberOf = StableNumbers.of(found.stream().map(c -> c.entry().url()).toList(),
                StableNumbers.range(found.size(), entryRange));
        int[] order = IntStream.range(0, found.size()).boxed()
                .sorted(Comparator.comparingInt(k -> numberOf[k])).mapToInt(Integer::intValue).toArray();
        // Oldest first (by the first issue a document appeared in, else its date), then by number: the
        // newest entries' terms are listed, and among postings of equal weight the older entry ranks
        // first, so that a new issue's entries rarely push an older one out of a term's written best.
        int[] age = new int[found.size()];
        int[] byAge = IntStream.range(0, found.size()).boxed()
                .sorted(Comparator.comparing((Integer k) -> found.get(k).since(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(k -> numberOf[k])).mapToInt(Integer::intValue).toArray();
        for (int r = 0; r < byAge.length; r++) age[byAge[r]] = r;
        return new Numbering(Arrays.stream(order).mapToObj(found::get).toList(), Arrays.stream(order).map(k -> numberOf[k]).toArray(),
                Arrays.stream(order).map(k -> age[k]).toArray());
    }

    /**
     * An entry's fields and what its text was made from, fingerprinted; "" when that is not known. (Its date
     * changes neither its text nor its fingerprint: it is compared on its own, {@link IndexState#sinces}.)
     */
    private static String stamp(String[] fields, String madeFrom) {
        if (madeFrom == null) return "";
        Fingerprint f = new Fingerprint();
        for (String field : fields) f.string(field);
        return f.tag('m').string(madeFrom).hex();
    }

    /** The archive's documents and people as entries. */
    private static List<Candidate> candidates(Archive archive) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> gazetteOf = new HashMap<>();
        Map<String, String> firstIssued = new HashMap<>();
        for (ArchiveGazette g : archive.gazettes()) {
            for (ArchiveIssue i : g.issues()) {
                String issued = i.masthead() == null ? null
                        : i.masthead().published() != null ? i.masthead().published().toString() : i.masthead().year() + "-00";
                for (String id : i.documentIds()) {
                    gazetteOf.putIfAbsent(id, g.info().name());
                    if (issued != null) firstIssued.merge(id, issued, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        Map<String, List<String>> peopleOf = new HashMap<>();
        for (Person p : archive.people().persons()) {
            for (Appointment a : p.records()) {
                peopleOf.computeIfAbsent(a.docNumber(), k -> new ArrayList<>()).add(p.name());
            }
        }
        Map<String, String> issuedByNumber = new HashMap<>(); // a notice's 文号 → its first issue's date
        for (ArchiveDocument a : archive.documents().values()) {
            Document d = a.document();
            List<Block> body = d.body(); // what the entry's text is read from: not the document, which is let go
            DocumentStatus status = archive.statuses().get(a.id());
            String number = d.number() != null ? d.number().normalized() : d.order() != null ? d.order().normalized() : null;
            SearchEntry entry = new SearchEntry("document", SitePaths.document(a.id()), d.title() == null ? a.id() : d.title(),
                    number, d.signed() == null ? null : d.signed().toString(), d.type(),
                    d.issuers().isEmpty() ? null : d.issuers().get(0), gazetteOf.get(a.id()),
                    d.signed() == null ? null : String.valueOf(d.signed().getYear()),
                    status == null ? null : status.state().label(), () -> body(body));
            List<String> people = d.number() == null ? List.of() : peopleOf.getOrDefault(d.number().normalized(), List.of());
            candidates.add(new Candidate(entry, new String[] {
                    d.title(),
                    String.join(" ", nonNull(number, d.number() == null ? null : d.number().source(),
                            d.registration() == null ? null : d.registration().normalized(),
                            d.order() == null ? null : d.order().source())),
                    String.join(" ", people),
                    String.join(" ", d.issuers())}, out -> flatten(body, out), firstIssued.getOrDefault(a.id(), entry.date()),
                    a.madeFrom()));
            if (d.number() != null && firstIssued.containsKey(a.id())) issuedByNumber.put(d.number().normalized(), firstIssued.get(a.id()));
        }
        for (Person p : archive.people().persons()) {
            StringBuilder career = new StringBuilder();
            for (Appointment a : p.records()) {
                career.append(a.signed()).append(' ').append(a.action().label()).append(a.position()).append('。');
            }
            String text = career.toString();
            String since = p.records().stream()
                    .map(r -> issuedByNumber.getOrDefault(r.docNumber(), r.signed() == null ? null : r.signed().toString()))
                    .filter(Objects::nonNull).min(String::compareTo).orElse(null);
            Appointment last = p.records().get(p.records().size() - 1);
            candidates.add(new Candidate(new SearchEntry("person", SitePaths.person(p.id()), p.name(), null,
                    last.signed() == null ? null : last.signed().toString(), "人员", p.jurisdiction(), null,
                    last.signed() == null ? null : String.valueOf(last.signed().getYear()), null,
                    () -> new SearchEntry.Body(text, List.of())),
                    new String[] {p.name(), "", p.name(), p.jurisdiction()}, out -> out.add(text), since, null));
        }
        return candidates;
    }

    /** The index of every entry analysed, and why they all were. */
    private static Built analysed(IndexEntries numbered, List<String> urls, List<String> hashes, List<String> stamps,
                                  Bm25Postings.Analysis all, String why) {
        IndexState state = numbered.state(urls, hashes, stamps, all.listedTerms(), all.postings());
        SearchIndex index = new SearchIndex(numbered.entries(), numbered.numbers(), all.postings(), texts(hashes, numbered.textLengths()));
        return new Built(index, state, numbered.size(), why, false);
    }

    private static List<SearchIndex.EntryText> texts(List<String> hashes, int[] lengths) {
        return IntStream.range(0, lengths.length).mapToObj(e -> new SearchIndex.EntryText(hashes.get(e), lengths[e])).toList();
    }

    /**
     * An entry before it is numbered.
     *
     * @param fields title, numbers, people named, issuers: all but the body, which is made again when it is analysed
     * @param text   the body's text, given piece by piece to a {@link Flattened}
     * @param since  when the entry first appeared: a document's first issue, else its signing date; for a
     *               person, the earliest of their notices' (the same dates); kept in the state, as it orders postings
     * @param madeFrom what a document's text was made from ({@link ArchiveDocument#madeFrom()}), else null
     */
    private record Candidate(SearchEntry entry, String[] fields, Consumer<Flattened> text, String since,
                             String madeFrom) {
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private static SearchEntry.Body body(List<Block> blocks) {
        Flattened out = new Flattened(null);
        flatten(blocks, out);
        // Joined once, at its length: a builder grown piece by piece (and widened at its first Chinese
        // character), then its string, were 1.5 of the 25 GB a full build allocated.
        return new SearchEntry.Body(String.join("", out.pieces), out.anchors);
    }

    /** A body flattened: its text and anchors when they are kept, else its length and the entry's fingerprint. */
    private static final class Flattened {
        final List<String> pieces;
        final List<SearchEntry.Anchor> anchors = new ArrayList<>();
        final EntryFingerprint fingerprint;
        int length;

        /** @param fields the entry's fields, to fingerprint them and the text without keeping it; null to keep the text */
        Flattened(String[] fields) {
            pieces = fields == null ? new ArrayList<>() : null;
            fingerprint = fields == null ? null : new EntryFingerprint(fields);
        }

        void add(String s) {
            length += s.length();
            if (pieces != null) pieces.add(s);
            else fingerprint.text(s);
        }

        void anchor(String id) {
            if (pieces != null) anchors.add(new SearchEntry.Anchor(length, id));
            else fingerprint.anchor(id);
        }
    }

    /** The text of a block tree as one string (paragraphs on lines), noting where anchored parts start. */
    private static void flatten(List<Block> blocks, Flattened out) {
        for (Block b : blocks) {
            if (b instanceof Block.Division d) {
                if (d.anchor() != null) out.anchor(d.anchor());
                out.add(d.label());
                if (d.heading() != null) out.add(d.heading());
                out.add("\n");
                flatten(d.children(), out);
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text());
                out.add("\n");
            } else if (b instanceof Block.Heading h) {
                out.add(h.text());
                out.add("\n");
            } else if (b instanceof Block.Table t) {
                out.add(String.join(" ", t.header()));
                out.add("\n");
                t.rows().forEach(r -> {
                    out.add(String.join(" ", r));
                    out.add("\n");
                });
            } else if (b instanceof Block.Preformatted pre) {
                out.add(pre.text());
                out.add("\n");
            }
        }
    }
}
