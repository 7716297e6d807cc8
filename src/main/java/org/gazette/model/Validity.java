package org.gazette.model;

import java.time.LocalDate;

/**
 * How long a document is valid (有效期), as its text says: a number of years from the day it takes
 * effect ({@code 有效期3年}), or a last day ({@code 有效期至2025年12月31日}, valid through that day).
 *
 * @param years the years, or null when a last day is given instead
 * @param until the last day it is valid, or null when a number of years is given instead
 */
public record Validity(Integer years, LocalDate until) {

    public Validity {
        if ((years == null) == (until == null)) throw new IllegalArgumentException("a validity is years or a last day: " + years + ", " + until);
    }

    public static Validity years(int years) {
        return new Validity(years, null);
    }

    public static Validity until(LocalDate day) {
        return new Validity(null, day);
    }

    /** The first day it is no longer valid, for a document in effect from {@code start}. */
    public LocalDate end(LocalDate start) {
        return until != null ? until.plusDays(1) : start.plusYears(years);
    }

    /** As a page says it: {@code 3年}, {@code 至2025-12-31}. */
    public String label() {
        return until != null ? "至" + until : years + "年";
    }
}
