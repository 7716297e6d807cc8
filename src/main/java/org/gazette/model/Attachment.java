package org.gazette.model;

/**
 * An attachment (附件) of a document.
 *
 * @param label     how the gazette numbers it: {@code 附件}, {@code 附件1}
 * @param title     its title, from the 附件： list or from the line after its heading
 * @param startLine where its body starts, or 0 when the body is not in the source
 */
public record Attachment(String label, String title, int startLine) {
}
