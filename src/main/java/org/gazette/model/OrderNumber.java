package org.gazette.model;

/**
 * A 令号: the number of an order (令) that promulgates a regulation. Governments number their orders
 * in one running series ({@code 湖南省人民政府令第321号}); ministries have numbered theirs by year
 * since 2018 ({@code 商务部令2024年第1号}).
 *
 * @param issuer the organ that issues the order, e.g. {@code 湖南省人民政府}, {@code 国务院}
 * @param year   the year of a yearly series, or 0 for a running one
 */
public record OrderNumber(String source, String issuer, int year, int number) {

    /** A number of a running series. */
    public OrderNumber(String source, String issuer, int number) {
        this(source, issuer, 0, number);
    }

    public String normalized() {
        return issuer + "令" + (year > 0 ? year + "年" : "") + "第" + number + "号";
    }
}
