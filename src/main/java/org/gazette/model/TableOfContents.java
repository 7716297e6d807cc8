package org.gazette.model;

import java.util.List;

/** The 目录 of an issue: its entries in printed order, and its section headings. */
public record TableOfContents(int line, List<String> sections, List<TocEntry> entries) {

    public TableOfContents {
        sections = List.copyOf(sections);
        entries = List.copyOf(entries);
    }
}
