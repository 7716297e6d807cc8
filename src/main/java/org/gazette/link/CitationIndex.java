package org.gazette.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gazette.model.Block;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.parse.Text;

/**
 * Resolves citations to the archive's documents: by 文号, by 令号, or by title (a document's own
 * title, or the title of the regulation it publishes), and answers the reverse question: who cites
 * a document, and which interpretations explain it.
 */
public final class CitationIndex {

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byTitle = new HashMap<>();
    private final Map<String, List<String>> citedBy = new TreeMap<>();
    private final Map<String, List<String>> explainedBy = new TreeMap<>();

    public CitationIndex(Archive archive) {
        for (ArchiveDocument a : archive.documents().values()) {
            Document d = a.document();
            if (d.number() != null) byKey.put(d.number().normalized(), a.id());
            if (d.order() != null) byKey.put("令:" + d.order().number() + ":" + d.order().issuer(), a.id());
            if (d.title() != null) byTitle.putIfAbsent(Text.comparable(d.title()), a.id());
            for (Block b : d.body()) {
                if (b instanceof Block.Heading h) byTitle.putIfAbsent(Text.comparable(h.text()), a.id());
            }
        }
        for (ArchiveDocument a : archive.documents().values()) {
            for (Citation c : a.document().cites()) {
                resolve(c).filter(id -> !id.equals(a.id()))
                        .ifPresent(id -> addOnce(citedBy.computeIfAbsent(id, k -> new ArrayList<>()), a.id()));
            }
            Citation explains = a.document().explains();
            if (explains != null) {
                resolve(explains).ifPresent(id -> addOnce(explainedBy.computeIfAbsent(id, k -> new ArrayList<>()), a.id()));
            }
        }
    }

    /** The id of the cited document when it is in the archive. */
    public Optional<String> resolve(Citation c) {
        String id = null;
        if (c.number() != null) id = byKey.get(c.number().normalized());
        if (id == null && c.order() != null) id = byKey.get("令:" + c.order().number() + ":" + c.order().issuer());
        if (id == null && c.title() != null) id = byTitle.get(Text.comparable(c.title()));
        return Optional.ofNullable(id);
    }

    public List<String> citedBy(String id) {
        return citedBy.getOrDefault(id, List.of());
    }

    public List<String> explainedBy(String id) {
        return explainedBy.getOrDefault(id, List.of());
    }

    private static void addOnce(List<String> list, String id) {
        if (!list.contains(id)) list.add(id);
    }
}
