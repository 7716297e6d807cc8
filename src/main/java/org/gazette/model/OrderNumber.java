package org.gazette.model;

/**
 * A 令号, the number of an order that promulgates a regulation: {@code 湖南省人民政府令第321号}.
 *
 * @param issuer the organ that issues the order, e.g. {@code 湖南省人民政府}, {@code 国务院}
 */
public record OrderNumber(String source, String issuer, int number) {

    public String normalized() {
        return issuer + "令第" + number + "号";
    }
}
