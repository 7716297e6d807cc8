package org.gazette.render;

/** One file of the site: its path relative to the site root and its bytes. */
public record SiteFile(String path, byte[] content) {
}
