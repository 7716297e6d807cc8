package org.gazette.model;

/**
 * One entry of a table of contents (目录): title, references and start page.
 *
 * @param section the section heading it stands under ({@code 省政府文件}), or null
 * @param page    the printed start page, or null
 */
public record TocEntry(String section, String title, DocumentNumber number, RegistrationCode registration,
                       OrderNumber order, Integer page, int line) {
}
