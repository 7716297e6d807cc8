package org.gazette.model;

import java.time.LocalDate;

/**
 * One personnel action of an appointment notice (人事任免), for one person: appointed to, removed
 * from, confirmed in or seconded to a position.
 *
 * @param docNumber    the notice's normalised 文号
 * @param gender       {@code 女} when the notice marks it ({@code 刘航（女）}), else null
 * @param position     the position as printed, joined across line breaks, without the probation note
 * @param organization the organisation part of the position ({@code 市公安局}), or null when it cannot be split soundly
 * @param post         the post part ({@code 副局长}), or null
 * @param probation    the probation period ({@code 一年}) of {@code 试用期一年}, or null
 * @param term         the term of a secondment ({@code 一年} of {@code 挂职时间一年}), or null
 * @param signed       the notice's signing date: the date of the action
 * @param jurisdiction the issuing government ({@code 永州市人民政府})
 * @param line         the source line of the sentence
 */
public record Appointment(String docNumber, String person, String gender, Action action, String position,
                          String organization, String post, String probation, String term, LocalDate signed,
                          String jurisdiction, String file, int line) {

    /** What happens to the person. */
    public enum Action {
        /** 任: appointed. */
        APPOINT("appoint", "任"),
        /** 免去: removed. */
        REMOVE("remove", "免"),
        /** 正式任职: confirmed in the post after probation. */
        CONFIRM("confirm", "正式任职"),
        /** 挂职: seconded for a term. */
        SECOND("second", "挂职"),
        /** 兼任: given a further post, held with the ones the person has. */
        CONCURRENT("concurrent", "兼任");

        private final String code;
        private final String label;

        Action(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    public Appointment withPosition(String newPosition, String newOrganization, String newPost) {
        return new Appointment(docNumber, person, gender, action, newPosition, newOrganization, newPost, probation, term,
                signed, jurisdiction, file, line);
    }

    public Appointment withPerson(String newPerson) {
        return new Appointment(docNumber, newPerson, gender, action, position, organization, post, probation, term,
                signed, jurisdiction, file, line);
    }
}
