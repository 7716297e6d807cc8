package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    private static final String ORGANISATION = "永州市政府发展研究中心-市承接产业转移服务中心-市区域经济合作促进中心-市开放型经济发展服务中心"
            + "-市招商引资项目管理服务中心-市对外经济技术合作事务中心-市重点项目建设推进服务中心";

    @Test
    void aNameFitsAFileNameAndStaysItsOwn() {
        assertEquals("posts/永州市公安局-副局长.html", SitePaths.post("永州市公安局-副局长"), "short: as it is");
        String exactly = "文".repeat(SitePaths.NAME_BYTES / 3);
        assertEquals(exactly, SitePaths.name(exactly), "150 bytes: as it is");

        String post = SitePaths.name(ORGANISATION + "-主任");
        assertTrue(post.getBytes(StandardCharsets.UTF_8).length <= SitePaths.NAME_BYTES, post);
        assertTrue(post.startsWith("永州市政府发展研究中心-市承接产业转移服务中心-"), post);
        assertTrue(post.matches(".*[^-]-[0-9a-f]{6}"), "its beginning, then a hash of the whole: " + post);
        assertEquals(post, SitePaths.name(ORGANISATION + "-主任"), "the same every build");
        assertNotEquals(post, SitePaths.name(ORGANISATION + "-副主任"), "two posts of one long organisation: two pages");
        assertEquals("posts/" + post + ".html", SitePaths.post(ORGANISATION + "-主任"));
        for (String segment : SitePaths.wholeList(SitePaths.document(ORGANISATION), ORGANISATION).split("/")) {
            assertTrue(segment.getBytes(StandardCharsets.UTF_8).length <= SitePaths.NAME_BYTES + ".html".length(), segment);
        }

        String wide = "𠀀".repeat(100); // four bytes each, two UTF-16 units: not cut in half
        String cut = SitePaths.name(wide);
        assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= SitePaths.NAME_BYTES, cut);
        assertEquals("𠀀".repeat((SitePaths.NAME_BYTES - 7) / 4), cut.substring(0, cut.length() - 7));
    }

    @Test
    void aRelativePathResolvesFromItsPagesFolderAndOneClimbingOutKeepsItsClimb() {
        assertEquals("documents/a.html", SitePaths.resolve("pages/about.html", "../documents/a.html"));
        assertEquals("pages/help.html", SitePaths.resolve("pages/about.html", "./help.html"));
        assertEquals("b.html", SitePaths.resolve("index.html", "a/../b.html"));
        assertEquals("../elsewhere.html", SitePaths.resolve("pages/about.html", "../../elsewhere.html"));
        assertEquals("../../x/y.html", SitePaths.resolve("index.html", "../../x/y.html"));
    }
}
