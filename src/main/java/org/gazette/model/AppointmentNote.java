package org.gazette.model;

/**
 * A sentence of an appointment notice that is not an action but says how actions are handled:
 * {@code 董事长的免职，按《公司法》的有关规定办理。}, {@code 挂职期满职务自行免除，不再办理免职手续。}
 */
public record AppointmentNote(String docNumber, String text, int line) {
}
