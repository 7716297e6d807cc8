package org.gazette.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.model.IssueMasthead;
import org.gazette.render.SiteFile;
import org.gazette.render.SitePaths;

/**
 * One Atom feed per gazette ({@code gazettes/<slug>/feed.xml}, written with ROME): its newest
 * issues, each listing its documents. Dates come from the issues, never from the clock, so that a
 * rebuild of the same input writes the same feed. Links are absolute when a base URL is given,
 * else relative to the feed.
 */
public final class Feeds {

    private static final int ENTRIES = 20;

    /** The feeds an archive has: one per gazette. */
    public static List<String> paths(Archive archive) {
        return archive.gazettes().stream().map(g -> path(g.info().slug())).toList();
    }

    public static String path(String gazette) {
        return "gazettes/" + gazette + "/feed.xml";
    }

    public List<SiteFile> files(Archive archive, String baseUrl) {
        List<SiteFile> files = new ArrayList<>();
        for (ArchiveGazette g : archive.gazettes()) {
            files.add(new SiteFile(path(g.info().slug()), feed(archive, g, baseUrl)));
        }
        return files;
    }

    private static byte[] feed(Archive archive, ArchiveGazette g, String baseUrl) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(g.info().name());
        feed.setId(baseUrl != null ? baseUrl + SitePaths.gazette(g.info().slug()) : "urn:gazette:" + g.info().slug());
        feed.setAlternateLinks(List.of(link(baseUrl, SitePaths.gazette(g.info().slug()), "index.html")));
        List<Entry> entries = new ArrayList<>();
        LocalDate newest = null;
        for (ArchiveIssue i : g.issues().stream().limit(ENTRIES).toList()) {
            LocalDate date = date(archive, i);
            if (date != null && (newest == null || date.isAfter(newest))) newest = date;
            Entry e = new Entry();
            String page = SitePaths.issue(g.info().slug(), i.key());
            e.setId(baseUrl != null ? baseUrl + page : "urn:gazette:" + g.info().slug() + ":" + i.key());
            e.setTitle(g.info().name() + " " + label(i));
            e.setAlternateLinks(List.of(link(baseUrl, page, i.key() + ".html")));
            if (date != null) e.setUpdated(toDate(date));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(String.join("\n", i.documentIds().stream().distinct()
                    .map(id -> archive.documents().get(id)).filter(Objects::nonNull)
                    .map(ArchiveDocument::document).map(d -> d.title() == null ? "" : d.title()).toList()));
            e.setSummary(summary);
            entries.add(e);
        }
        feed.setEntries(entries);
        if (newest != null) feed.setUpdated(toDate(newest));
        try {
            return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed of " + g.info().slug(), e);
        }
    }

    private static Link link(String baseUrl, String sitePath, String relativeToFeed) {
        Link link = new Link();
        link.setRel("alternate");
        link.setType("text/html");
        link.setHref(baseUrl != null ? baseUrl + sitePath : relativeToFeed);
        return link;
    }

    /** The issue's publication date, else the latest signing date among its documents. */
    private static LocalDate date(Archive archive, ArchiveIssue i) {
        if (i.masthead() != null && i.masthead().published() != null) return i.masthead().published();
        return i.documentIds().stream().map(id -> archive.documents().get(id)).filter(Objects::nonNull)
                .map(a -> a.document().signed()).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    private static String label(ArchiveIssue i) {
        IssueMasthead m = i.masthead();
        return m == null ? i.key() : m.label();
    }

    private static Date toDate(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
