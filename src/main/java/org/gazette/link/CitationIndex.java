package org.gazette.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.OrderNumber;
import org.gazette.model.StoredBody;
import org.gazette.parse.Identifiers;
import org.gazette.parse.Text;

/**
 * Resolves citations to the archive's documents: by 文号, by 令号, or by title (a document's own
 * title, or the title of the regulation it publishes), and answers the reverse question: who cites
 * a document, and which interpretations explain it.
 */
public final class CitationIndex {

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byTitle = new HashMap<>();
    private final Map<String, List<String>> citedBy = new HashMap<>();
    private final Map<String, List<String>> explainedBy = new HashMap<>();
    private final Map<String, List<String>> repealedBy = new HashMap<>();
    private final Map<String, List<String>> amendedBy = new HashMap<>();
    private final Map<String, CitedDocument> external = new TreeMap<>();
    /** The state's name, which an order's issuer may print or leave out (中华人民共和国国务院令, 国务院令). */
    private static final String STATE = "中华人民共和国";

    /**
     * What is cited (a citation with its line set to 0) → its lookup: the same laws are cited by
     * thousands of documents, and their keys and slugs (a normalised title, a short hash of it)
     * were a tenth of the pages' models in an incremental build. Filled while linking and rendering.
     */
    private final Map<Citation, Lookup> lookups = new ConcurrentHashMap<>();

    public CitationIndex(java.util.Collection<ArchiveDocument> documents) {
        for (ArchiveDocument a : documents) {
            Document d = a.document();
            if (d.number() != null) {
                byKey.put(d.number().normalized(), a.id());
                // A joint document's other organs' numbers, printed beside its own (湘财社〔2024〕5号　湘人社发〔2024〕3号).
                String printed = d.number().source();
                if (printed.indexOf('号') != printed.lastIndexOf('号')) {
                    Identifiers.documentNumbers(printed).forEach(n -> byKey.putIfAbsent(n.value().normalized(), a.id()));
                }
            }
            if (d.order() != null) byKey.put(orderKey(d.order()), a.id());
            if (d.title() != null) byTitle.putIfAbsent(Text.comparable(d.title()), a.id());
            for (String heading : StoredBody.headings(d.body())) byTitle.putIfAbsent(Text.comparable(heading), a.id());
        }
        /* A cited document outside the archive, while its citers are gathered (a law may be cited by
           thousands of documents: copying its record for each one was quadratic). */
        record Outside(String title, String number, List<String> citedBy) {
        }
        Map<String, Outside> outside = new HashMap<>();
        for (ArchiveDocument a : documents) {
            List<Citation> mentioned = new ArrayList<>(a.document().cites());
            mentioned.addAll(a.document().repeals());
            mentioned.addAll(a.document().amends());
            if (a.document().explains() != null) mentioned.add(a.document().explains());
            for (Citation c : mentioned) {
                Lookup lookup = lookup(c);
                Optional<String> id = resolve(lookup);
                if (id.isPresent()) {
                    if (!id.get().equals(a.id())) addOnce(citedBy.computeIfAbsent(id.get(), k -> new ArrayList<>()), a.id());
                } else {
                    String key = lookup.outside();
                    // The first number any citer gave it, and the first title.
                    Outside known = outside.computeIfAbsent(key, k -> new Outside(c.title(), c.key(), new ArrayList<>()));
                    if (known.title() == null && c.title() != null) {
                        known = new Outside(c.title(), known.number(), known.citedBy());
                        outside.put(key, known);
                    }
                    addOnce(known.citedBy(), a.id());
                }
            }
            for (Citation c : a.document().repeals()) {
                resolve(c).filter(id -> !id.equals(a.id()))
                        .ifPresent(id -> addOnce(repealedBy.computeIfAbsent(id, k -> new ArrayList<>()), a.id()));
            }
            for (Citation c : a.document().amends()) {
                resolve(c).filter(id -> !id.equals(a.id()))
                        .ifPresent(id -> addOnce(amendedBy.computeIfAbsent(id, k -> new ArrayList<>()), a.id()));
            }
            Citation explains = a.document().explains();
            if (explains != null) {
                resolve(explains).ifPresent(id -> addOnce(explainedBy.computeIfAbsent(id, k -> new ArrayList<>()), a.id()));
            }
        }
        outside.forEach((key, o) -> external.put(key, new CitedDocument(key, o.title(), o.number(), o.citedBy())));
    }

    /** The id of the document with this normalised 文号, when the archive has it. */
    public Optional<String> withNumber(String normalized) {
        return Optional.ofNullable(normalized == null ? null : byKey.get(normalized));
    }

    /**
     * All that the index reads of a citation: its keys by 文号, by 令号 and by title (each null when
     * the citation has none), and the page slug it would have outside the archive. Citations with
     * equal lookups get equal answers.
     */
    public record Lookup(String number, String order, String title, String outside) {

        public static Lookup of(Citation c) {
            return new Lookup(numberKey(c), orderKey(c.order()), titleKey(c), externalId(c));
        }
    }

    /** The lookup of a citation ({@link Lookup#of}), made once for every citation of the same cited document. Thread-safe. */
    public Lookup lookup(Citation c) {
        return lookups.computeIfAbsent(c.line() == 0 ? c : new Citation(c.title(), c.number(), c.order(), 0), Lookup::of);
    }

    /** The id of the cited document when it is in the archive. */
    public Optional<String> resolve(Citation c) {
        return resolve(lookup(c));
    }

    /** The id of the cited document when it is in the archive. */
    public Optional<String> resolve(Lookup l) {
        return Optional.ofNullable(resolve(l.number(), l.order(), l.title()));
    }

    private String resolve(String number, String order, String title) {
        String id = number == null ? null : byKey.get(number);
        if (id == null && order != null) id = byKey.get(order);
        if (id == null && title != null) id = byTitle.get(title);
        return id;
    }

    private static String numberKey(Citation c) {
        return c.number() == null ? null : c.number().normalized();
    }

    /**
     * A 令号's key: its issuer, year and number, the issuer without the state's name (国务院令第745号 is
     * 中华人民共和国国务院令第745号; 商务部令2024年第1号 is 中华人民共和国商务部令 2024年第1号).
     */
    private static String orderKey(OrderNumber order) {
        if (order == null) return null;
        String issuer = order.issuer().startsWith(STATE) && order.issuer().length() > STATE.length() + 1
                ? order.issuer().substring(STATE.length()) : order.issuer();
        return "令:" + order.year() + ":" + order.number() + ":" + issuer;
    }

    private static String titleKey(Citation c) {
        return c.title() == null ? null : Text.comparable(c.title());
    }

    /**
     * A document cited in the archive but not in it: its page lists who cites it.
     *
     * @param id     the page slug: the same identity a document in the archive would have
     * @param number the normalised 文号 or 令号, or the 《title》 when only the title is known
     */
    public record CitedDocument(String id, String title, String number, List<String> citedBy) {
        public CitedDocument {
            citedBy = List.copyOf(citedBy);
        }
    }

    /** The page slug of a cited document that is not in the archive. */
    private static String externalId(Citation c) {
        if (c.number() != null) return DocumentIdentity.of(c.number());
        if (c.order() != null) return DocumentIdentity.of(c.order());
        String part = DocumentIdentity.safe(c.title());
        return (part.length() > 20 ? part.substring(0, 20) : part) + "-" + DocumentIdentity.shortHash(Text.comparable(c.title()));
    }

    /** The cited documents that are not in the archive, by page slug. */
    public Map<String, CitedDocument> external() {
        return external;
    }

    /**
     * The page a citation with this lookup leads to, relative to the site root: the document's page,
     * the page of a cited document the archive does not hold, or empty when neither exists (a
     * mention in the text that is not among the document's citations).
     */
    public Optional<String> page(Lookup l, java.util.function.Function<String, String> documentPage,
                                 java.util.function.Function<String, String> citedPage) {
        Optional<String> id = resolve(l);
        if (id.isPresent()) return Optional.of(documentPage.apply(id.get()));
        return outsidePage(l.outside(), citedPage);
    }

    private Optional<String> outsidePage(String slug, java.util.function.Function<String, String> citedPage) {
        return external.containsKey(slug) ? Optional.of(citedPage.apply(slug)) : Optional.empty();
    }

    public List<String> repealedBy(String id) {
        return repealedBy.getOrDefault(id, List.of());
    }

    /** The documents in the archive that amend this one (修改), in archive order. */
    public List<String> amendedBy(String id) {
        return amendedBy.getOrDefault(id, List.of());
    }

    public List<String> citedBy(String id) {
        return citedBy.getOrDefault(id, List.of());
    }

    public List<String> explainedBy(String id) {
        return explainedBy.getOrDefault(id, List.of());
    }

    /**
     * Adds a citer to a list unless it is there already. Documents are taken one after another, so
     * a citer already there is the last one: a lookup of the whole list (thousands long for a much
     * cited document) is not needed.
     */
    private static void addOnce(List<String> list, String id) {
        if (list.isEmpty() || !list.get(list.size() - 1).equals(id)) list.add(id);
    }
}
