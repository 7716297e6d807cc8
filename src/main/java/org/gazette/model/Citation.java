package org.gazette.model;

/**
 * A mention of another document in a document's text: by 文号, by 令号, or by 《title》 alone.
 *
 * @param title  the cited title without 《》, or null when the mention names none
 * @param number the cited 文号, or null
 * @param order  the cited 令号, or null
 * @param line   the source line the mention starts on
 */
public record Citation(String title, DocumentNumber number, OrderNumber order, int line) {

    /** The key that identifies what is cited: the normalised number, else the 令号, else the title. */
    public String key() {
        if (number != null) return number.normalized();
        if (order != null) return order.normalized();
        return "《" + title + "》";
    }
}
