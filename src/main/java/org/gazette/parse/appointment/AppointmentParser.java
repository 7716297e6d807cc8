package org.gazette.parse.appointment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.model.Appointment;
import org.gazette.model.Appointment.Action;
import org.gazette.model.AppointmentNote;
import org.gazette.model.Block;
import org.gazette.model.Document;
import org.gazette.parse.Dates;
import org.gazette.parse.Diagnostics;
import org.gazette.parse.Text;

/**
 * Reads the personnel actions of an appointment notice (人事任免). The body, already re-joined
 * across PDF line breaks, is cut into sentences at ；/。, and each sentence is read by the grammar
 * of such notices:
 * <ul>
 *   <li>{@code A（女）同志任P（试用期一年），免去其Q职务} — appointment (with probation), and removal
 *       for the same person ({@code 其}); {@code 同志} may be left out ({@code A任P});</li>
 *   <li>{@code A、B同志挂职任P，挂职时间两年} — one secondment each, with its term; {@code A、B同志均任P} likewise,
 *       and {@code A、B同志分别任P、Q}, each the position in the same place;</li>
 *   <li>{@code A同志任P，兼任Q} and {@code A同志兼任Q} — a further post held with the others (兼任);</li>
 *   <li>{@code 任命A为P，免去其Q职务} ({@code 聘任} likewise) — the form of the State Council's and many
 *       provinces' notices;</li>
 *   <li>{@code 免去A同志的Q职务} / {@code 免去A的Q职务} — removal;</li>
 *   <li>a list under its verb: {@code 任命：} (or {@code 市人民政府决定任命：}) then {@code A为P；B为Q。},
 *       {@code 免去：} then {@code C的R职务。} — each item read as if the verb stood before it;</li>
 *   <li>under a preamble {@code …同意正式任职：} (or a title …正式任职的通知), {@code A同志任P} is a
 *       confirmation after probation.</li>
 * </ul>
 * The preamble ({@code 省人民政府决定：}) is skipped; sentences about how actions are handled
 * ({@code 董事长的免职，按《公司法》…办理}) become notes; anything else is reported with its line.
 */
public final class AppointmentParser {

    private static final String NAME = "[" + Text.HAN + "·]{2,5}";
    private static final String GENDER = "(?:[（(](女|男)[）)])?";
    private static final String ANY_GENDER = "(?:[（(](?:女|男)[）)])?";
    private static final Pattern PERSON = Pattern.compile("(" + NAME + ")" + GENDER);
    private static final Pattern APPOINT = Pattern.compile(
            "^((?:" + NAME + ANY_GENDER + "[、，,]?)+?)同志(均|分别)?(挂职|兼)?任(.+)$");
    /**
     * The same without {@code 同志} ({@code 王建国任P}), as many cities print it. Without the word to end
     * the names, each name must stand alone (two run together are more likely words), what reads as names
     * must not be a word of the notice's own sentences ({@code 上述人员任职时间…}), and the position must not
     * continue a word {@code 任} begins (任职, 任期, 任命, 任务).
     */
    private static final Pattern APPOINT_UNTITLED = Pattern.compile(
            "^(" + NAME + "?" + ANY_GENDER + "(?:[、，,]" + NAME + "?" + ANY_GENDER + ")*)(均|分别)?(挂职|兼)?任(?![职期命免务])(.+)$");
    private static final Pattern NOT_NAMES = Pattern.compile(".*(?:以上|上述|下列|人员|同志|其他|分别|均).*");
    /** The form of the State Council's and many provinces' notices: {@code 任命A为P}, {@code 聘任A为P}. */
    private static final Pattern NAMED = Pattern.compile(
            "^(?:决定)?(?:任命|聘任)((?:" + NAME + ANY_GENDER + "(?:同志)?[、，,]?)+?)(?:同志)?为(.+)$");
    private static final Pattern REMOVE = Pattern.compile(
            "^免去((?:" + NAME + ANY_GENDER + "[、，,]?)+?)(?:同志)?的(.+?)职务$");
    private static final Pattern REMOVE_OWN = Pattern.compile("^免去其(.+?)职务$");
    /** A further post in the same sentence: {@code A同志任P，兼任Q}. */
    private static final Pattern CONCURRENT = Pattern.compile("^(?:同时)?兼任(.+)$");
    private static final Pattern TERM = Pattern.compile("^挂职(?:时间|期限)?(?:为)?([一二三四五六七八九十两0-9]+(?:个)?(?:年|月|个月))$");
    private static final Pattern PROBATION = Pattern.compile("[（(]试用期([一二三四五六七八九十两0-9]+(?:个)?(?:年|月|个月))[）)]");
    private static final Pattern PREAMBLE = Pattern.compile(".*(?:决定|同意|研究|通知如下|如下).*[：:]$");
    private static final Pattern NOTE = Pattern.compile(
            ".*(?:办理|有关规定|期满|自行免除|不再|从试用之日起|计算|另行|按照).*");
    /**
     * The head of a list of one action, {@code 任命：} then {@code A为P；B为Q。}, or {@code 免去：} then
     * {@code C的R职务。}; the first item may follow on its line.
     */
    private static final Pattern LIST_HEAD = Pattern.compile("^(?:.{0,30}?(?:决定|研究)[，,]?)?(任命|聘任|免去|免职)[：:](.*)$");
    private static final Pattern CONFIRMATION = Pattern.compile(".*正式任职.*");
    private static final Pattern CLAUSE = Pattern.compile("[，,](?![^（(]*[）)])");

    /** The actions and notes of one notice. */
    public record Result(List<Appointment> appointments, List<AppointmentNote> notes) {
    }

    private record Sentence(String text, int line) {
    }

    public Result parse(Document notice, String file, Diagnostics diagnostics) {
        List<Appointment> out = new ArrayList<>();
        List<AppointmentNote> notes = new ArrayList<>();
        String docNumber = notice.number() == null ? null : notice.number().normalized();
        String jurisdiction = notice.issuers().isEmpty() ? null : notice.issuers().get(0);
        boolean confirming = notice.title() != null && CONFIRMATION.matcher(notice.title()).matches();
        String listed = null; // the verb of a list the sentences are items of (任命： / 免去：), else null
        for (Sentence sentence : sentences(notice.body())) {
            String s = sentence.text();
            Matcher head = LIST_HEAD.matcher(s); // before the preamble: 市人民政府决定任命： heads a list
            if (!head.matches() && PREAMBLE.matcher(s).matches()) {
                confirming |= CONFIRMATION.matcher(s).matches();
                continue;
            }
            if (Dates.wholeLine(s).isPresent()) continue; // the list's date under its title: （2024年2月10日）
            if (head.matches()) {
                listed = head.group(1).startsWith("免") ? "免去" : head.group(1);
                s = head.group(2).strip();
                if (s.isEmpty()) continue;
            }
            Context c = new Context(docNumber, notice, jurisdiction, file, sentence.line(), out);
            if (!read(s, confirming, c) && (listed == null || !read(listed + s, confirming, c))) {
                if (NOTE.matcher(s).matches()) {
                    notes.add(new AppointmentNote(docNumber, s, sentence.line()));
                } else {
                    diagnostics.warn(sentence.line(), "appointment-unparsed",
                            "sentence of an appointment notice that fits no known form: " + s);
                }
            }
        }
        if (out.isEmpty()) {
            diagnostics.warn(notice.startLine(), "appointment-none", "appointment notice without any action: " + notice.title());
        }
        return new Result(out, notes);
    }

    private record Context(String docNumber, Document notice, String jurisdiction, String file, int line,
                           List<Appointment> out) {
        /** One record for each post the position lists (市交通运输局局长、党组书记: two). */
        void add(Person person, Action action, String listedPositions, String probation, String term) {
            for (String position : PositionSplitter.listed(listedPositions)) {
                PositionSplitter.Split split = PositionSplitter.split(position);
                out.add(new Appointment(docNumber, person.name(), person.gender(), action, position, split.organization(),
                        split.post(), probation, term, notice.signed(), jurisdiction, file, line));
            }
        }
    }

    private record Person(String name, String gender) {
    }

    /** Reads one sentence into actions; false when it fits no form. */
    private static boolean read(String sentence, boolean confirming, Context c) {
        Matcher remove = REMOVE.matcher(sentence);
        if (remove.matches()) {
            String position = remove.group(2);
            String probation = probation(position);
            for (Person p : people(remove.group(1))) {
                c.add(p, Action.REMOVE, withoutProbation(position), probation, null);
            }
            return true;
        }
        Matcher appoint = APPOINT.matcher(sentence);
        boolean titled = appoint.matches();
        if (!titled) appoint = APPOINT_UNTITLED.matcher(sentence);
        if (titled || appoint.matches() && !NOT_NAMES.matcher(appoint.group(1)).matches()) {
            Action action = appoint.group(3) == null ? confirming ? Action.CONFIRM : Action.APPOINT
                    : appoint.group(3).equals("兼") ? Action.CONCURRENT : Action.SECOND;
            List<Person> people = people(appoint.group(1));
            return "分别".equals(appoint.group(2)) ? respectively(people, action, appoint.group(4), c)
                    : appoint(people, action, appoint.group(4), c);
        }
        Matcher named = NAMED.matcher(sentence);
        return named.matches() && appoint(people(named.group(1)), confirming ? Action.CONFIRM : Action.APPOINT, named.group(2), c);
    }

    /**
     * {@code A、B同志分别任P、Q}: each person the position in the same place of the list, the clauses after
     * it (挂职时间两年) for all; false when the list does not name one position for each.
     */
    private static boolean respectively(List<Person> people, Action action, String rest, Context c) {
        String[] clauses = CLAUSE.split(rest, 2);
        List<String> positions = PositionSplitter.pieces(clauses[0]);
        if (positions.size() != people.size()) return false;
        String after = clauses.length > 1 ? "，" + clauses[1] : "";
        for (int k = 0; k < people.size(); k++) {
            if (!appoint(List.of(people.get(k)), action, positions.get(k) + after, c)) return false;
        }
        return true;
    }

    /**
     * An appointment to the position that starts {@code rest}, with its clauses (挂职时间…, 兼任…,
     * 免去其…职务); false when a clause fits no form.
     */
    private static boolean appoint(List<Person> people, Action action, String rest, Context c) {
        String[] clauses = CLAUSE.split(rest);
        String position = clauses[0];
        String term = null;
        List<String> further = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int k = 1; k < clauses.length; k++) {
            Matcher t = TERM.matcher(clauses[k]);
            Matcher also = CONCURRENT.matcher(clauses[k]);
            Matcher own = REMOVE_OWN.matcher(clauses[k]);
            if (t.matches()) {
                term = t.group(1);
            } else if (also.matches()) {
                further.add(also.group(1));
            } else if (own.matches()) {
                removed.add(own.group(1));
            } else {
                return false;
            }
        }
        for (Person p : people) {
            c.add(p, action, withoutProbation(position), probation(position), term);
            for (String q : further) c.add(p, Action.CONCURRENT, withoutProbation(q), probation(q), null);
            for (String q : removed) c.add(p, Action.REMOVE, withoutProbation(q), probation(q), null);
        }
        return true;
    }

    private static List<Person> people(String names) {
        List<Person> people = new ArrayList<>();
        Matcher m = PERSON.matcher(names.replace("同志", ""));
        while (m.find()) people.add(new Person(m.group(1), m.group(2)));
        return people;
    }

    private static String probation(String position) {
        Matcher m = PROBATION.matcher(position);
        return m.find() ? m.group(1) : null;
    }

    private static String withoutProbation(String position) {
        return PROBATION.matcher(position).replaceAll("").strip();
    }

    /** The notice's paragraphs cut into sentences, each with the line its paragraph starts on. */
    private static List<Sentence> sentences(List<Block> body) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : body) {
            if (!(b instanceof Block.Paragraph p)) continue;
            int from = 0;
            String t = p.text();
            for (int i = 0; i <= t.length(); i++) {
                if (i == t.length() || "；;。".indexOf(t.charAt(i)) >= 0) {
                    String s = t.substring(from, i).strip();
                    if (!s.isEmpty()) out.add(new Sentence(s, p.line()));
                    from = i + 1;
                }
            }
        }
        return out;
    }
}
