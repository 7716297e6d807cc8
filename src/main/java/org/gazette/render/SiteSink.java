package org.gazette.render;

import java.io.IOException;

/**
 * Where the files of a site go as they are made, one at a time and from several threads at once:
 * nothing holds the whole site in memory.
 */
@FunctionalInterface
public interface SiteSink {

    /** Takes one file. Implementations are thread-safe. */
    void accept(SiteFile file) throws IOException;
}
