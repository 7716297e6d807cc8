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

    /** A link with its number of records: a jurisdiction, a year. */
    public record CountedLink(String name, int records, String href) {
    }

    /** How many dates of appointments an index shows; the rest are on the pages of their years. */
    static final int LATEST_DATES = 20;
    /** The date, and the year, of records without one. */
    private static final String UNDATED = "日期不详";

    private final Archive archive;
    /** Every record, newest first (undated last), then by file and line. */
    private final Scope all;
    /** The same, by jurisdiction, in name order. */
    private final Map<String, Scope> byJurisdiction = new TreeMap<>();
    private final Map<Appointment, String> personOf = new IdentityHashMap<>();
    private final Map<Appointment, PostHistory> postOf = new IdentityHashMap<>();
    private final Map<String, List<Appointment>> byNotice = new HashMap<>();
    private final Map<String, People.Organization> organizations = new HashMap<>();

    PeopleModels(Archive archive) {
        this.archive = archive;
        People people = archive.people();
        List<Appointment> newestFirst = new ArrayList<>();
        people.persons().forEach(p -> newestFirst.addAll(p.records()));
        newestFirst.sort(Comparator.comparing(Appointment::signed, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Appointment::file).thenComparingInt(Appointment::line));
        this.all = Scope.of(newestFirst);
        Map<String, List<Appointment>> ofJurisdiction = new HashMap<>();
        for (Appointment a : newestFirst) ofJurisdiction.computeIfAbsent(jurisdictionOf(a), k -> new ArrayList<>()).add(a);
        ofJurisdiction.forEach((j, records) -> byJurisdiction.put(j, Scope.of(records)));
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

    /**
     * The appointments index, of all jurisdictions or of one (null: all): the jurisdictions, the
     * years with their pages, and the records of the latest {@value #LATEST_DATES} dates, newest first.
     * Each year's records are on a page of their own ({@link #appointmentsIn(String, String, Map)}), so
     * that a new issue changes the index and its year's page, not one page of every record.
     */
    Map<String, Object> appointments(String jurisdiction, Map<String, Object> m) {
        String root = (String) m.get("root");
        m.put("jurisdictions", byJurisdiction.entrySet().stream().map(e -> new CountedLink(e.getKey(),
                e.getValue().newestFirst().size(), root + SitePaths.appointmentsIn(jurisdictionSlug(e.getKey())))).toList());
        m.put("jurisdiction", jurisdiction);
        Scope scope = scope(jurisdiction);
        m.put("years", scope.byYear().entrySet().stream().map(e -> new CountedLink(e.getKey(),
                e.getValue().size(), root + yearPath(jurisdiction, e.getKey()))).toList());
        m.put("byDate", byDate(scope.newestFirst(), LATEST_DATES, root));
        m.put("allHref", root + SitePaths.APPOINTMENTS);
        return m;
    }

    /** One year's appointments, of all jurisdictions or of one (null: all), newest first. */
    Map<String, Object> appointmentsIn(String jurisdiction, String year, Map<String, Object> m) {
        String root = (String) m.get("root");
        m.put("jurisdiction", jurisdiction);
        m.put("year", year);
        m.put("scopeHref", root + (jurisdiction == null ? SitePaths.APPOINTMENTS
                : SitePaths.appointmentsIn(jurisdictionSlug(jurisdiction))));
        // The other years, without their counts: this page then changes only with its own year's records.
        m.put("otherYears", years(jurisdiction).stream().map(y -> new Views.Link(y,
                root + yearPath(jurisdiction, y))).toList());
        m.put("byDate", byDate(scope(jurisdiction).byYear().getOrDefault(year, List.of()), Integer.MAX_VALUE, root));
        m.put("allHref", root + SitePaths.APPOINTMENTS);
        return m;
    }

    /** Records (newest first) as rows by date, for the first {@code dates} dates. */
    private Map<String, List<Row>> byDate(List<Appointment> records, int dates, String root) {
        Map<String, List<Row>> byDate = new LinkedHashMap<>();
        for (Appointment a : records) {
            String date = a.signed() == null ? UNDATED : a.signed().toString();
            if (!byDate.containsKey(date) && byDate.size() == dates) break;
            byDate.computeIfAbsent(date, k -> new ArrayList<>()).add(row(a, root));
        }
        return byDate;
    }

    /** The years that have records, of all jurisdictions or of one (null: all), newest first. */
    List<String> years(String jurisdiction) {
        return List.copyOf(scope(jurisdiction).byYear().keySet());
    }

    /**
     * The records of all jurisdictions or of one: newest first (undated last), and by year, newest year
     * first, so that each year's page reads its own records, not every record again.
     */
    private record Scope(List<Appointment> newestFirst, Map<String, List<Appointment>> byYear) {
        static final Scope EMPTY = new Scope(List.of(), Map.of());

        static Scope of(List<Appointment> newestFirst) {
            Map<String, List<Appointment>> years = new LinkedHashMap<>();
            for (Appointment a : newestFirst) years.computeIfAbsent(yearOf(a), k -> new ArrayList<>()).add(a);
            return new Scope(List.copyOf(newestFirst), years);
        }
    }

    private Scope scope(String jurisdiction) {
        return jurisdiction == null ? all : byJurisdiction.getOrDefault(jurisdiction, Scope.EMPTY);
    }

    private static String jurisdictionOf(Appointment a) {
        return Objects.toString(a.jurisdiction(), "未知");
    }

    private static String yearOf(Appointment a) {
        return a.signed() == null ? UNDATED : String.valueOf(a.signed().getYear());
    }

    /** The page of a year's appointments, of all jurisdictions or of one (null: all). */
    static String yearPath(String jurisdiction, String year) {
        return SitePaths.appointmentsYear(jurisdiction == null ? "all" : jurisdictionSlug(jurisdiction),
                year.equals(UNDATED) ? "undated" : year);
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
