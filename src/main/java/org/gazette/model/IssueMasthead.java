package org.gazette.model;

import java.time.LocalDate;

/**
 * The masthead of a gazette issue (期): {@code 湖南省人民政府办公厅 2024年7月31日 第14期 总第710期}.
 *
 * @param number     the issue number as a string, so that a double issue reads {@code 7-8}
 * @param cumulative the cumulative number (总第…期), also possibly a range; null when not printed
 * @param published  the publication date, or null when only the year is printed
 * @param line       the line of the issue number
 * @param unit       what the gazette calls an issue: 期, or 号 ({@code 国务院公报 2024年第16号})
 */
public record IssueMasthead(String gazetteName, String publisher, int year, String number, String cumulative,
                            LocalDate published, int line, String unit) {

    /** The masthead of a gazette whose issues are 期, as most are. */
    public IssueMasthead(String gazetteName, String publisher, int year, String number, String cumulative,
                         LocalDate published, int line) {
        this(gazetteName, publisher, year, number, cumulative, published, line, "期");
    }

    /** The issue as the gazette names it: {@code 2024年第14期（总第710期）}, {@code 2024年第16号（总第1829号）}. */
    public String title() {
        return label() + (cumulative == null ? "" : "（总第" + cumulative + unit + "）");
    }

    /** The issue by its year and number alone: {@code 2024年第14期}, {@code 2024年第16号}. */
    public String label() {
        return year + "年第" + number + unit;
    }

    /** A file-name-safe key for the issue within its gazette: {@code 2024-14}, {@code 2022-7-8}. */
    public String key() {
        return year + "-" + number;
    }
}
