package org.gazette.model;

import java.time.LocalDate;

/**
 * The masthead of a gazette issue (期): {@code 湖南省人民政府办公厅 2024年7月31日 第14期 总第710期}.
 *
 * @param number     the issue number as a string, so that a double issue reads {@code 7-8}
 * @param cumulative the cumulative number (总第…期), also possibly a range; null when not printed
 * @param published  the publication date, or null when only the year is printed
 * @param line       the line of the issue number
 */
public record IssueMasthead(String gazetteName, String publisher, int year, String number, String cumulative,
                            LocalDate published, int line) {

    /** A file-name-safe key for the issue within its gazette: {@code 2024-14}, {@code 2022-7-8}. */
    public String key() {
        return year + "-" + number;
    }
}
