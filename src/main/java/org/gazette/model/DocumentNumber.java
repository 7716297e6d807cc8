package org.gazette.model;

/**
 * A 发文字号 (文号) such as {@code 湘政发〔2024〕9号}: the issuing organ's code (机关代字), the year and a
 * serial. Printed forms vary ({@code 蓝政发〔2022〕10 号}, {@code 国发[2016]51号}); {@link #normalized()}
 * is the one form used for identity and linking, {@link #source()} is what the gazette printed.
 *
 * <p>An announcement's number (公告号) is a 文号 of another form: the organ and the kind of
 * document, then the year and an ordinal, {@code 国家税务总局公告2024年第1号}. Its {@code agency} is
 * {@code 国家税务总局公告}, and it is normalised in its own form.
 */
public record DocumentNumber(String source, String agency, int year, int serial, Form form) {

    /** How a number is written. */
    public enum Form {
        /** {@code 湘政发〔2024〕9号} */
        BRACKETED,
        /** {@code 国家税务总局公告2024年第1号} */
        YEAR_ORDINAL
    }

    /** A 文号 in brackets, the common form. */
    public DocumentNumber(String source, String agency, int year, int serial) {
        this(source, agency, year, serial, Form.BRACKETED);
    }

    /** The same number in the year given: an announcement numbered without its year takes its signing year. */
    public DocumentNumber withYear(int year) {
        return new DocumentNumber(source, agency, year, serial, form);
    }

    /** The number in one form; an announcement's without its year (none printed, none known) has none. */
    public String normalized() {
        if (form == Form.YEAR_ORDINAL) return agency + (year == 0 ? "" : year + "年") + "第" + serial + "号";
        return agency + "〔" + year + "〕" + serial + "号";
    }
}
