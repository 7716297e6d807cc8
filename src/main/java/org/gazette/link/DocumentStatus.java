package org.gazette.link;

import java.time.LocalDate;

/**
 * Whether a document is in force as of a date, and why.
 *
 * @param since  the date the state began (effective, expiry or repeal date), or null when unknown
 * @param reason the explanation shown with the state: {@code 有效期2年，已于2026-06-28失效}
 */
public record DocumentStatus(State state, LocalDate since, String reason) {

    public enum State {
        IN_FORCE("in-force", "现行有效"),
        NOT_YET_IN_FORCE("not-yet-in-force", "尚未施行"),
        EXPIRED("expired", "已失效"),
        REPEALED("repealed", "已废止"),
        UNKNOWN("unknown", "效力不详");

        private final String code;
        private final String label;

        State(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static State ofCode(String code) {
            for (State s : values()) {
                if (s.code.equals(code)) return s;
            }
            throw new IllegalArgumentException("unknown status '" + code + "' (in-force, not-yet-in-force, expired, repealed)");
        }
    }
}
