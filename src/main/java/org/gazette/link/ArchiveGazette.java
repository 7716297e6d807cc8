package org.gazette.link;

import java.util.List;

import org.gazette.source.GazetteInfo;

/** A gazette with its issues (or batches of loose documents), newest first. */
public record ArchiveGazette(GazetteInfo info, List<ArchiveIssue> issues) {

    public ArchiveGazette {
        issues = List.copyOf(issues);
    }
}
