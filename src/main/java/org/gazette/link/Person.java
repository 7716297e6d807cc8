package org.gazette.link;

import java.util.List;

import org.gazette.model.Appointment;

/**
 * A person named in appointment notices, identified within a jurisdiction.
 *
 * @param id        the stable slug ({@code 永州市-王军}, {@code 永州市-王军-2} after a split)
 * @param records   the person's appointment records, oldest first
 * @param evidence  why these records are taken to be one person (shown on the person page)
 * @param curation  what an editor changed about this person, with the reasons
 */
public record Person(String id, String name, String gender, String jurisdiction, List<Appointment> records,
                     List<String> evidence, List<String> curation) {

    public Person {
        records = List.copyOf(records);
        evidence = List.copyOf(evidence);
        curation = List.copyOf(curation);
    }
}
