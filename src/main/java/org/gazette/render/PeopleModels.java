package org.gazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.gazette.link.Archive;
import org.gazette.link.DocumentIdentity;
import org.gazette.link.Jurisdictions;
import org.gazette.link.People;
import org.gazette.link.Person;
import org.gazette.link.PostHistory;
import org.gazette.link.Tenure;
import org.gazette.model.Appointment;

/**
 * The page models of people, posts, organisations and the appointments index, and the rows that
 * link an appointment to its person, post and notice.
 */
final class PeopleModels {

    /** One appointment as a row: every part that has a page is a link. */
    public record Row(String date, String action, String person, String personHref, String gender, String position,
                      String organization, String organizationHref, String post, String postHref, String probation,
                      String term, String notice, String noticeHref, String jurisdiction) {
    }

    /** A holder of a post, or a gap between holders ({@code person} null). */
    public record HolderRow(String person, String personHref, String from, String to, String startHref,
                            String endHref, boolean confirmed, boolean gap) {
    }

    /** A jurisdiction with its number of records. */
    public record JurisdictionItem(String name, int records, String href) {
    }

    private final Archive archive;
    private final Map<Appointment, String> personOf = new IdentityHashMap<>();
    private final Map<Appointment, PostHistory> postOf = new IdentityHashMap<>();
    private final Map<String, List<Appointment>> byNotice = new HashMap<>();
    private final Map<String, People.Organization> organizations = new HashMap<>();

    PeopleModels(Archive archive) {
        this.archive = archive;
        People people = archive.people();
        for (Person p : people.persons()) {
            for (Appointment a : p.records()) {
                personOf.put(a, p.id());
                if (a.docNumber() != null) byNotice.computeIfAbsent(a.docNumber(), k -> new ArrayList<>()).add(a);
            }
        }
        byNotice.values().forEach(list -> list.sort(Comparator.comparing(Appointment::file).thenComparingInt(Appointment::line)));
        for (PostHistory post : people.posts()) {
            for (Tenure t : post.tenures()) {
                if (t.start() != null) postOf.put(t.start(), post);
                if (t.end() != null) postOf.put(t.end(), post);
            }
        }
        people.organizations().forEach(o -> organizations.put(o.id(), o));
    }

    static String jurisdictionSlug(String jurisdiction) {
        return DocumentIdentity.safe(Jurisdictions.label(jurisdiction));
    }

    Row row(Appointment a, String root) {
        String personId = personOf.get(a);
        PostHistory post = postOf.get(a);
        String notice = archive.citations().withNumber(a.docNumber()).orElse(null);
        return new Row(a.signed() == null ? null : a.signed().toString(), a.action().label(), a.person(),
                personId == null ? null : root + SitePaths.person(personId), a.gender(), a.position(),
                post == null ? a.organization() : post.organization(),
                post == null ? null : root + SitePaths.organization(post.organizationId()), a.post(),
                post == null ? null : root + SitePaths.post(post.id()), a.probation(), a.term(), a.docNumber(),
                notice == null ? null : root + SitePaths.documentLine(notice, a.line()), a.jurisdiction());
    }

    /** A notice's actions in the order it prints them. */
    List<Row> rowsOfNotice(String docNumber, String root) {
        return byNotice.getOrDefault(docNumber, List.of()).stream().map(a -> row(a, root)).toList();
    }

    Map<String, Object> person(Person p, Map<String, Object> m) {
        String root = (String) m.get("root");
        m.put("person", p);
        m.put("rows", p.records().stream().map(a -> row(a, root)).toList());
        m.put("jurisdictionHref", root + SitePaths.appointmentsIn(jurisdictionSlug(p.jurisdiction())));
        return m;
    }

    Map<String, Object> post(PostHistory post, Map<String, Object> m) {
        String root = (String) m.get("root");
        m.put("post", post);
        m.put("organizationHref", root + SitePaths.organization(post.organizationId()));
        List<HolderRow> rows = new ArrayList<>();
        LocalDate lastEnd = null;
        for (Tenure t : post.tenures()) {
            if (lastEnd != null && t.from() != null && lastEnd.isBefore(t.from())) {
                rows.add(new HolderRow(null, null, lastEnd.toString(), t.from().toString(), null, null, false, true));
            }
            rows.add(new HolderRow(t.personName(), root + SitePaths.person(t.personId()),
                    t.from() == null ? null : t.from().toString(), t.to() == null ? null : t.to().toString(),
                    noticeHref(t.start(), root), noticeHref(t.end(), root), t.confirmed(), false));
            if (t.to() != null) lastEnd = t.to();
        }
        m.put("holders", rows);
        return m;
    }

    Map<String, Object> organization(People.Organization o, Map<String, Object> m) {
        String root = (String) m.get("root");
        m.put("organization", o);
        Map<String, PostHistory> posts = new HashMap<>();
        archive.people().posts().forEach(p -> posts.put(p.id(), p));
        m.put("posts", o.postIds().stream().map(posts::get).map(p -> new Views.Link(p.post() + "（" + p.tenures().size()
                + " 任）", root + SitePaths.post(p.id()))).toList());
        return m;
    }

    /** All records newest first, and the jurisdictions; or only those of one jurisdiction. */
    Map<String, Object> appointments(String jurisdiction, Map<String, Object> m) {
        String root = (String) m.get("root");
        List<Appointment> all = new ArrayList<>();
        archive.people().persons().forEach(p -> all.addAll(p.records()));
        all.sort(Comparator.comparing(Appointment::signed, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Appointment::file).thenComparingInt(Appointment::line));
        Map<String, Integer> counts = new TreeMap<>();
        all.forEach(a -> counts.merge(Objects.toString(a.jurisdiction(), "未知"), 1, Integer::sum));
        m.put("jurisdictions", counts.entrySet().stream().map(e -> new JurisdictionItem(e.getKey(), e.getValue(),
                root + SitePaths.appointmentsIn(jurisdictionSlug(e.getKey())))).toList());
        m.put("jurisdiction", jurisdiction);
        Map<String, List<Row>> byDate = new LinkedHashMap<>();
        for (Appointment a : all) {
            if (jurisdiction != null && !jurisdiction.equals(Objects.toString(a.jurisdiction(), "未知"))) continue;
            byDate.computeIfAbsent(a.signed() == null ? "日期不详" : a.signed().toString(), k -> new ArrayList<>())
                    .add(row(a, root));
        }
        m.put("byDate", byDate);
        m.put("allHref", root + SitePaths.APPOINTMENTS);
        return m;
    }

    List<String> jurisdictions() {
        List<String> names = new ArrayList<>();
        archive.people().persons().forEach(p -> {
            String j = Objects.toString(p.jurisdiction(), "未知");
            if (!names.contains(j)) names.add(j);
        });
        names.sort(null);
        return names;
    }

    private String noticeHref(Appointment a, String root) {
        if (a == null) return null;
        String notice = archive.citations().withNumber(a.docNumber()).orElse(null);
        return notice == null ? null : root + SitePaths.documentLine(notice, a.line());
    }
}
