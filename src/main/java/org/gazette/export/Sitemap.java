package org.gazette.export;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gazette.render.SiteFile;

/**
 * The sitemaps of every page: {@code sitemap.xml} is a sitemap index that lists one sitemap per
 * top folder of the site ({@code sitemaps/documents.xml}, {@code sitemaps/people.xml}, … and
 * {@code sitemaps/site.xml} for the pages at the root), each cut into parts of at most 50,000 URLs,
 * the protocol's limit per file (a single sitemap of a 40,000-document archive would exceed it).
 * A new issue then changes the sitemaps of the folders it adds pages to, not one file of every page.
 * Search engines want absolute URLs: with a base URL they are absolute; without one the locations
 * are relative to the site root (fine for tools that resolve them, and the files are rewritten once
 * a base URL is configured).
 */
public final class Sitemap {

    public static final String PATH = "sitemap.xml";
    /** The folder of the sitemaps the index lists, one or more per folder of the site: named as the site is made. */
    public static final String FOLDER = "sitemaps/";
    /** The sitemap protocol's limit of URLs in one file. */
    static final int MAX_URLS = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final int perFile;

    public Sitemap() {
        this(MAX_URLS);
    }

    /** @param perFile how many URLs a sitemap holds at most */
    Sitemap(int perFile) {
        this.perFile = perFile;
    }

    /** The path with non-ASCII characters percent-encoded, as URLs in a sitemap must be. */
    static String encoded(String path) {
        try {
            return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }

    /** The sitemap index and the sitemaps of the pages among a site's paths, each in path order. */
    public List<SiteFile> files(List<String> paths, String baseUrl) {
        Map<String, List<String>> byFolder = new TreeMap<>();
        for (String p : paths) {
            if (!p.endsWith(".html")) continue;
            int slash = p.indexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "site" : p.substring(0, slash), f -> new ArrayList<>()).add(p);
        }
        String base = baseUrl == null ? "" : baseUrl;
        List<SiteFile> files = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        byFolder.forEach((folder, pages) -> {
            pages.sort(null);
            // Encoded on all cores, in order: a URI per page of 27,000 was a third of a second of a build's last stage.
            int parts = (pages.size() + perFile - 1) / perFile;
            for (int k = 0; k < parts; k++) {
                String path = FOLDER + folder + (parts > 1 ? "-" + (k + 1) : "") + ".xml";
                List<String> urls = pages.subList(k * perFile, Math.min(pages.size(), (k + 1) * perFile)).parallelStream()
                        .map(page -> base + encoded(page)).toList();
                files.add(new SiteFile(path, xml("urlset", "url", urls)));
                sitemaps.add(base + path);
            }
        });
        files.add(new SiteFile(PATH, xml("sitemapindex", "sitemap", sitemaps)));
        return files;
    }

    /** A sitemap ({@code urlset}/{@code url}) or a sitemap index ({@code sitemapindex}/{@code sitemap}). */
    private static byte[] xml(String root, String entry, List<String> locations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            for (String location : locations) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement(entry);
                xml.writeStartElement("loc");
                xml.writeCharacters(location);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return (out.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
