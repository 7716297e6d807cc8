package org.gazette.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One document (公文) found in a source: a notice, a regulation promulgated by an order, an
 * interpretation (解读), an appointment notice.
 *
 * @param type          the kind of document by its title's last word: 通知, 办法, 令, 解读, 任免 …
 * @param issuers       every issuing organ, from the signature block, else from the title
 * @param addressees    主送机关, or null
 * @param effective     an ISO date when the text fixes one, else the rule as printed ({@code 自印发之日起施行}), or null
 * @param validity      有效期: years from the day it takes effect, or a last day; null when the text gives none
 * @param explains      for a 解读, the document it explains; otherwise null
 * @param section       the table-of-contents section it is listed under, or null
 */
public record Document(String title, String type, DocumentNumber number, RegistrationCode registration,
                       OrderNumber order, List<String> issuers, String addressees, LocalDate signed,
                       String effective, Validity validity, List<Citation> repeals, List<Citation> amends,
                       List<Attachment> attachments, List<Citation> cites, Citation explains, String section,
                       int startLine, int endLine, List<Block> body) {

    public Document {
        issuers = List.copyOf(issuers);
        repeals = List.copyOf(repeals);
        amends = List.copyOf(amends);
        attachments = List.copyOf(attachments);
        cites = List.copyOf(cites);
        body = body instanceof StoredBody ? body : List.copyOf(body); // immutable already, and not to be read here
    }

    /** A document that amends nothing: one made by hand, as tests make them. */
    public Document(String title, String type, DocumentNumber number, RegistrationCode registration, OrderNumber order,
                    List<String> issuers, String addressees, LocalDate signed, String effective, Validity validity,
                    List<Citation> repeals, List<Attachment> attachments, List<Citation> cites, Citation explains,
                    String section, int startLine, int endLine, List<Block> body) {
        this(title, type, number, registration, order, issuers, addressees, signed, effective, validity, repeals, List.of(),
                attachments, cites, explains, section, startLine, endLine, body);
    }

    public Document withSection(String newSection) {
        return new Document(title, type, number, registration, order, issuers, addressees, signed, effective,
                validity, repeals, amends, attachments, cites, explains, newSection, startLine, endLine, body);
    }
}
