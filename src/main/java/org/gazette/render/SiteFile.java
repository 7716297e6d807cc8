package org.gazette.render;

/**
 * One file of the site: its path relative to the site root and its bytes.
 *
 * @param inputs the fingerprint of what the file was made from, when known (see {@link SiteSink#keep}); else null
 */
public record SiteFile(String path, byte[] content, String inputs) {

    public SiteFile(String path, byte[] content) {
        this(path, content, null);
    }

    /** The same file, made from these inputs (a fingerprint, for the next build to keep it by). */
    public SiteFile madeFrom(String inputs) {
        return new SiteFile(path, content, inputs);
    }
}
