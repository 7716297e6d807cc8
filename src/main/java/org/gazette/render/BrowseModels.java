package org.gazette.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.DocumentIdentity;

/** Browse pages: the documents by year of signing, by type and by issuing organ. */
final class BrowseModels {

    /** One value of a facet: its name, how many documents, its page. */
    public record Facet(String facet, String value, String slug, List<String> ids) {
        public String path() {
            return SitePaths.browse(facet, slug);
        }
    }

    private final Map<String, List<Facet>> facets = new TreeMap<>();

    BrowseModels(Archive archive) {
        facets.put("year", group(archive, "year", a -> List.of(a.document().signed() == null ? "日期不详"
                : String.valueOf(a.document().signed().getYear())), Comparator.reverseOrder()));
        facets.put("type", group(archive, "type", a -> List.of(a.document().type() == null ? "其他" : a.document().type()),
                Comparator.naturalOrder()));
        facets.put("issuer", group(archive, "issuer", a -> a.document().issuers().isEmpty() ? List.of("发文机关不详")
                : a.document().issuers(), Comparator.naturalOrder()));
    }

    private static List<Facet> group(Archive archive, String facet, Function<ArchiveDocument, List<String>> values,
                                     Comparator<String> order) {
        Map<String, List<String>> byValue = new TreeMap<>(order);
        for (ArchiveDocument a : archive.documents().values()) {
            for (String v : values.apply(a)) byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(a.id());
        }
        List<Facet> out = new ArrayList<>();
        byValue.forEach((v, ids) -> out.add(new Facet(facet, v, DocumentIdentity.safe(v), ids)));
        return out;
    }

    Map<String, List<Facet>> facets() {
        return facets;
    }

    List<Facet> all() {
        List<Facet> all = new ArrayList<>();
        facets.values().forEach(all::addAll);
        return all;
    }
}
