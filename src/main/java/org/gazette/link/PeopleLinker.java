package org.gazette.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.gazette.curate.AppointmentCorrector;
import org.gazette.curate.PeopleCuration;
import org.gazette.model.Appointment;
import org.gazette.model.Appointment.Action;
import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

/**
 * Turns appointment records into people, posts and organisations.
 *
 * <p>Records are one person when they name the same person in the same jurisdiction; the
 * evidence is kept: the shared name and jurisdiction, and the links that tie records together (a
 * removal from a post the person was appointed to, a confirmation after probation). The same
 * name in another jurisdiction is another person. Two appointment sentences for the same name in
 * one notice are two people. An editor's splits and merges apply last.
 */
public final class PeopleLinker {

    private static final Comparator<Appointment> CHRONOLOGICAL = Comparator
            .comparing(Appointment::signed, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Appointment::file).thenComparingInt(Appointment::line);

    public People link(List<Appointment> records, PeopleCuration curation, List<AppointmentCorrector.Applied> corrections,
                       List<Diagnostic> diagnostics) {
        Map<String, List<Appointment>> groups = new TreeMap<>();
        Map<String, List<String>> curationNotes = new LinkedHashMap<>();
        for (Appointment a : records.stream().sorted(CHRONOLOGICAL).toList()) {
            String base = personKey(a);
            String key = base;
            // Two sentences appointing the same name in one notice speak of two people.
            for (int n = 2; conflicts(groups.get(key), a); n++) key = base + "-" + n;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        for (AppointmentCorrector.Applied c : corrections) {
            groups.forEach((id, list) -> {
                if (list.contains(c.after())) {
                    curationNotes.computeIfAbsent(id, k -> new ArrayList<>()).add("编者更正：" + c.after().docNumber()
                            + " 第" + c.after().line() + "行 " + c.before().person() + "：" + c.before().position() + " → "
                            + c.after().position() + "（" + c.after().organization() + " / " + c.after().post() + "）"
                            + reason(c.reason()));
                }
            });
        }
        applySplits(groups, curation, curationNotes, diagnostics);
        applyMerges(groups, curation, curationNotes, diagnostics);

        List<Person> persons = new ArrayList<>();
        groups.forEach((id, list) -> {
            list.sort(CHRONOLOGICAL);
            Appointment first = list.get(0);
            String gender = list.stream().map(Appointment::gender).filter(Objects::nonNull).findFirst().orElse(null);
            persons.add(new Person(id, first.person(), gender, first.jurisdiction(), list, evidence(list),
                    curationNotes.getOrDefault(id, List.of())));
        });
        return posts(persons);
    }

    private static String personKey(Appointment a) {
        return DocumentIdentity.safe(Jurisdictions.label(a.jurisdiction()) + "-" + a.person());
    }

    private static boolean conflicts(List<Appointment> group, Appointment a) {
        if (group == null || a.action() == Action.REMOVE) return false;
        return group.stream().anyMatch(g -> Objects.equals(g.docNumber(), a.docNumber()) && g.line() != a.line()
                && g.action() != Action.REMOVE);
    }

    private static void applySplits(Map<String, List<Appointment>> groups, PeopleCuration curation,
                                    Map<String, List<String>> notes, List<Diagnostic> diagnostics) {
        for (PeopleCuration.Split s : curation.splits()) {
            List<Appointment> group = groups.get(s.person());
            List<Appointment> moved = group == null ? List.of()
                    : group.stream().filter(a -> s.notice().equals(a.docNumber())).toList();
            if (moved.isEmpty() || moved.size() == group.size()) {
                diagnostics.add(new Diagnostic(curation.file(), s.sourceLine(), Severity.WARNING, "curation-no-match",
                        "cannot split " + s.person() + " by " + s.notice() + ": no such person, or nothing would remain"));
                continue;
            }
            group.removeAll(moved);
            String id = s.person();
            for (int n = 2; groups.containsKey(id); n++) id = s.person() + "-" + n;
            groups.put(id, new ArrayList<>(moved));
            String why = "编者拆分：" + s.notice() + " 中的记录属于另一同名人员" + reason(s.reason());
            notes.computeIfAbsent(id, k -> new ArrayList<>()).add(why);
            notes.computeIfAbsent(s.person(), k -> new ArrayList<>()).add(why);
        }
    }

    private static void applyMerges(Map<String, List<Appointment>> groups, PeopleCuration curation,
                                    Map<String, List<String>> notes, List<Diagnostic> diagnostics) {
        for (PeopleCuration.Merge m : curation.merges()) {
            List<Appointment> into = groups.get(m.into());
            if (into == null) {
                diagnostics.add(new Diagnostic(curation.file(), m.sourceLine(), Severity.WARNING, "curation-no-match",
                        "cannot merge into " + m.into() + ": no such person"));
                continue;
            }
            for (String other : m.people()) {
                List<Appointment> records = groups.remove(other);
                if (records == null) {
                    diagnostics.add(new Diagnostic(curation.file(), m.sourceLine(), Severity.WARNING, "curation-no-match",
                            "cannot merge " + other + ": no such person"));
                    continue;
                }
                into.addAll(records);
                notes.computeIfAbsent(m.into(), k -> new ArrayList<>()).add("编者合并：" + other + " 与本人为同一人" + reason(m.reason()));
            }
        }
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : "（" + reason + "）";
    }

    /** Why the records are one person: the name and jurisdiction, and each record that continues another. */
    private static List<String> evidence(List<Appointment> records) {
        List<String> evidence = new ArrayList<>();
        Appointment first = records.get(0);
        evidence.add("同一辖区（" + first.jurisdiction() + "）同名记录 " + records.size() + " 条");
        for (int i = 0; i < records.size(); i++) {
            Appointment later = records.get(i);
            for (int j = 0; j < i; j++) {
                Appointment earlier = records.get(j);
                if (!samePost(earlier, later) || earlier.action() == Action.REMOVE) continue;
                if (later.action() == Action.REMOVE) {
                    evidence.add(date(later) + " 免去" + later.position() + "，接续 " + date(earlier) + " 任该职");
                } else if (later.action() == Action.CONFIRM) {
                    evidence.add(date(later) + " 正式任职，接续 " + date(earlier) + " 试用期任职");
                }
            }
        }
        return evidence;
    }

    private static String date(Appointment a) {
        return a.signed() == null ? "日期不详" : a.signed().toString();
    }

    /** Whether two records are of one post: one post page ({@link #postId}), as the posts are grouped. */
    private static boolean samePost(Appointment a, Appointment b) {
        return a.post() != null && b.post() != null && postId(postKey(a)).equals(postId(postKey(b)));
    }

    private static String postKey(Appointment a) {
        if (a.post() == null) return null;
        String label = Jurisdictions.label(a.jurisdiction());
        return label + "|" + Jurisdictions.organization(a.organization(), label) + "|" + a.post();
    }

    /** The id of a post's page, from its {@link #postKey}: its organisation and post, as a page's name. */
    private static String postId(String key) {
        String[] parts = key.split("\\|", 3);
        return DocumentIdentity.safe(parts[1] + "-" + parts[2]);
    }

    /** Holders over time of every post, and the organisations. */
    private static People posts(List<Person> persons) {
        record Held(Person person, Appointment record, String key) {
        }
        // By the post's page, not its name: names that differ only in what a page's name leaves out
        // (brackets, spaces, dots), or the same organisation's post given by two jurisdictions, are one
        // post — two pages of one name would each replace the other.
        Map<String, List<Held>> byPost = new TreeMap<>();
        for (Person p : persons) {
            for (Appointment a : p.records()) {
                String key = postKey(a);
                if (key != null) byPost.computeIfAbsent(postId(key), k -> new ArrayList<>()).add(new Held(p, a, key));
            }
        }
        List<PostHistory> posts = new ArrayList<>();
        Map<String, People.Organization> organizations = new TreeMap<>();
        byPost.forEach((id, held) -> {
            // Named as the first of its names in order: the same whatever order the records came in.
            String[] parts = held.stream().map(Held::key).min(Comparator.naturalOrder()).orElseThrow().split("\\|", 3);
            String organization = parts[1];
            String organizationId = DocumentIdentity.safe(organization);
            held.sort((x, y) -> CHRONOLOGICAL.compare(x.record(), y.record()));
            Map<String, Integer> open = new LinkedHashMap<>();
            List<Tenure> tenures = new ArrayList<>();
            for (Held h : held) {
                Appointment a = h.record();
                Integer index = open.get(h.person().id());
                if (a.action() == Action.REMOVE) {
                    if (index != null) {
                        Tenure t = tenures.get(index);
                        tenures.set(index, new Tenure(t.personId(), t.personName(), t.from(), a.signed(), t.start(), a,
                                t.confirmed()));
                        open.remove(h.person().id());
                    } else {
                        tenures.add(new Tenure(h.person().id(), h.person().name(), null, a.signed(), null, a, false));
                    }
                } else if (index != null && a.action() == Action.CONFIRM) {
                    Tenure t = tenures.get(index);
                    tenures.set(index, new Tenure(t.personId(), t.personName(), t.from(), null, t.start(), null, true));
                } else {
                    open.put(h.person().id(), tenures.size());
                    tenures.add(new Tenure(h.person().id(), h.person().name(), a.signed(), null, a, null,
                            a.action() == Action.CONFIRM));
                }
            }
            // A tenure known only by its end came before one that starts that day.
            tenures.sort(Comparator.comparing((Tenure t) -> t.from() != null ? t.from() : t.to(),
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(t -> t.from() != null));
            posts.add(new PostHistory(id, organization, organizationId, parts[2], held.get(0).record().jurisdiction(), tenures));
            organizations.merge(organizationId, new People.Organization(organizationId, organization,
                    held.get(0).record().jurisdiction(), List.of(id)), (x, y) -> {
                        List<String> ids = new ArrayList<>(x.postIds());
                        ids.addAll(y.postIds());
                        return new People.Organization(x.id(), x.name(), x.jurisdiction(), ids);
                    });
        });
        return new People(persons, posts, new ArrayList<>(organizations.values()));
    }
}
