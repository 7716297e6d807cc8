package org.gazette.export;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gazette.render.SiteFile;

/**
 * {@code sitemap.xml} listing every page. Search engines want absolute URLs: with a base URL they
 * are absolute; without one the locations are relative to the site root (fine for tools that
 * resolve them, and the file is rewritten once a base URL is configured).
 */
public final class Sitemap {

    public static final String PATH = "sitemap.xml";

    /** The path with non-ASCII characters percent-encoded, as URLs in a sitemap must be. */
    static String encoded(String path) {
        try {
            return new URI(null, null, "/" + path, null).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }

    /** The sitemap of the pages among a site's paths, in path order. */
    public SiteFile file(List<String> paths, String baseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String page : paths.stream().filter(p -> p.endsWith(".html")).sorted().toList()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                String path = encoded(page);
                xml.writeCharacters(baseUrl == null ? path : baseUrl + path);
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
        return new SiteFile(PATH, (out.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
