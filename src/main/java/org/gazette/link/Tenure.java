package org.gazette.link;

import java.time.LocalDate;

import org.gazette.model.Appointment;

/**
 * A person's time in a post, as far as the notices tell it.
 *
 * @param from  the date of the appointment, or null when only the removal is known
 * @param to    the date of the removal, or null while no removal is known
 * @param start the appointing (or confirming, seconding) record, or null
 * @param end   the removing record, or null
 */
public record Tenure(String personId, String personName, LocalDate from, LocalDate to, Appointment start,
                     Appointment end, boolean confirmed) {
}
