package org.gazette.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.link.Appearance;
import org.gazette.link.Archive;
import org.gazette.link.ArchiveDocument;
import org.gazette.link.ArchiveGazette;
import org.gazette.link.ArchiveIssue;
import org.gazette.link.CitationIndex;
import org.gazette.model.Attachment;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.IssueMasthead;

/**
 * The items that pages list, made from the archive: a document's fields, a row for a document or
 * an issue, where a document appeared, a citation with its link. Each with its links relative to
 * the page (given as {@code root}, the way back to the site's top).
 */
final class ViewItems {

    private final Archive archive;
    private final CitationIndex citations;
    private final Map<String, ArchiveGazette> gazettes = new HashMap<>();
    /** By gazette slug and issue key: {@code slug/key}. */
    private final Map<String, ArchiveIssue> issues = new HashMap<>();

    ViewItems(Archive archive) {
        this.archive = archive;
        this.citations = archive.citations();
        for (ArchiveGazette g : archive.gazettes()) {
            gazettes.put(g.info().slug(), g);
            for (ArchiveIssue i : g.issues()) issues.put(g.info().slug() + "/" + i.key(), i);
        }
    }

    /** The gazette with this slug. */
    ArchiveGazette gazette(String slug) {
        return gazettes.get(slug);
    }

    List<Views.Field> fields(Document d) {
        List<Views.Field> f = new ArrayList<>();
        if (d.number() != null) {
            String shown = d.number().source().equals(d.number().normalized()) ? d.number().normalized()
                    : d.number().normalized() + "（原文：" + d.number().source() + "）";
            f.add(new Views.Field("文号", shown));
        }
        if (d.registration() != null) f.add(new Views.Field("登记号", d.registration().normalized()));
        if (d.order() != null) f.add(new Views.Field("令号", d.order().normalized()));
        if (d.type() != null) f.add(new Views.Field("文种", d.type()));
        if (!d.issuers().isEmpty()) f.add(new Views.Field("发文机关", String.join("、", d.issuers())));
        if (d.addressees() != null) f.add(new Views.Field("主送", d.addressees()));
        if (d.signed() != null) f.add(new Views.Field("成文日期", d.signed().toString()));
        if (d.effective() != null) f.add(new Views.Field("施行", d.effective()));
        if (d.validity() != null) f.add(new Views.Field("有效期", d.validity().label()));
        return f;
    }

    Views.AppearanceItem appearance(Appearance ap, String root) {
        ArchiveGazette g = gazettes.get(ap.gazette());
        ArchiveIssue i = ap.issueKey() == null ? null : issues.get(ap.gazette() + "/" + ap.issueKey());
        String href = i == null ? root + SitePaths.gazette(ap.gazette()) : root + SitePaths.issue(ap.gazette(), i.key());
        return new Views.AppearanceItem(g.info().name(), i == null ? null : issueLabel(i), href, ap.section(),
                ap.page(), ap.file(), ap.line());
    }

    static Views.Field attachment(Attachment at) {
        return new Views.Field(at.label(), at.title());
    }

    Views.CitationItem citation(Citation c, String root) {
        String text = c.title() != null ? "《" + c.title() + "》" : c.key();
        String number = c.title() == null ? null : c.number() != null ? c.number().normalized()
                : c.order() != null ? c.order().normalized() : null;
        CitationIndex.Lookup lookup = citations.lookup(c);
        String href = citations.page(lookup, SitePaths::document, SitePaths::cited).map(p -> root + p).orElse(null);
        return new Views.CitationItem(text, number, href, citations.resolve(lookup).isPresent(), c.line());
    }

    Views.DocumentItem documentItem(String id, String root) {
        ArchiveDocument a = archive.documents().get(id);
        Document d = a.document();
        return new Views.DocumentItem(d.title() == null ? id : d.title(),
                d.number() != null ? d.number().normalized() : d.order() != null ? d.order().normalized() : null,
                d.signed() == null ? null : d.signed().toString(), d.type(), root + SitePaths.document(id));
    }

    static Views.IssueItem issueItem(ArchiveIssue i, String root, boolean withGazette) {
        String label = issueLabel(i);
        String published = i.masthead() == null || i.masthead().published() == null ? null
                : i.masthead().published().toString();
        return new Views.IssueItem(withGazette && i.masthead() != null && i.masthead().gazetteName() != null
                ? i.masthead().gazetteName() + " " + label : label, published, i.documentIds().size(),
                root + SitePaths.issue(i.gazette(), i.key()));
    }

    static String issueLabel(ArchiveIssue i) {
        IssueMasthead m = i.masthead();
        if (m == null) return "文件 " + i.key();
        return m.title();
    }
}
