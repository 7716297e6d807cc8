package org.gazette.model;

/**
 * A 发文字号 (文号) such as {@code 湘政发〔2024〕9号}: the issuing organ's code (机关代字), the year and a
 * serial. Printed forms vary ({@code 蓝政发〔2022〕10 号}, {@code 国发[2016]51号}); {@link #normalized()}
 * is the one form used for identity and linking, {@link #source()} is what the gazette printed.
 */
public record DocumentNumber(String source, String agency, int year, int serial) {

    public String normalized() {
        return agency + "〔" + year + "〕" + serial + "号";
    }
}
