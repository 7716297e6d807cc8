package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regulation amended by a later order and a notice repealed by a 清理 decision's list: their pages
 * say by what, the amended one still in force, and {@code data/documents.json} gives the same.
 */
class AmendedAndRepealedTest {

    private static final String ISSUE = """
            湖南省人民政府令
            第322号
            《湖南省行政执法证件管理办法》已经2024年2月20日省人民政府第25次常务会议通过，现予公布，自2024年5月1日起施行。
            省长　毛伟明
            2024年3月1日
            湖南省行政执法证件管理办法
            第一条　为了加强行政执法证件管理，制定本办法。

            湖南省人民政府关于加强城市供水管理的通知
            湘政发〔2010〕12号
            各市州人民政府，省政府各厅委、各直属机构：
            现就加强城市供水管理通知如下。
            湖南省人民政府
            2010年3月1日

            湖南省人民政府令
            第330号
            《湖南省人民政府关于修改〈湖南省行政执法证件管理办法〉的决定》已经2024年5月20日省人民政府第30次常务会议通过，现予公布，自公布之日起施行。
            省长　毛伟明
            2024年6月1日
            湖南省人民政府关于修改《湖南省行政执法证件管理办法》的决定
            省人民政府决定对《湖南省行政执法证件管理办法》（湖南省人民政府令第322号）作如下修改：
            一、将第一条修改为：“为了规范行政执法证件管理，制定本办法。”

            湖南省人民政府关于废止部分规范性文件的决定
            湘政发〔2024〕15号
            各市州人民政府，省政府各厅委、各直属机构：
            经研究，决定对1件规范性文件予以废止。
            附件：省人民政府决定废止的规范性文件目录
            湖南省人民政府
            2024年6月10日
            附件
            省人民政府决定废止的规范性文件目录
            序号\t文件名称\t文号
            1\t湖南省人民政府关于加强城市供水管理的通知\t湘政发〔2010〕12号
            """;

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path gazette = Files.createDirectories(tmp.resolve("content/gazettes/hunan-province/2024"));
        Files.writeString(gazette.resolveSibling("gazette.yaml"), "name: 湖南省人民政府公报\nkind: documents\n");
        Files.writeString(gazette.resolve("documents.txt"), ISSUE);
        site = tmp.resolve("site");
        Cli r = Cli.run("build", "--as-of", "2024-07-01", "--content", tmp.resolve("content").toString(), "--out", site.toString());
        assertEquals(0, r.exit(), r.err());
    }

    private static Document page(String id) throws IOException {
        return Jsoup.parse(site.resolve("documents/" + id + ".html").toFile(), "UTF-8");
    }

    /** The titles listed under a page's heading. */
    private static List<String> listed(Document page, String heading) {
        return page.select("h2:containsOwn(" + heading + ") + ul li a").eachText();
    }

    @Test
    void anAmendedRegulationSaysByWhatAndStaysInForce() throws IOException {
        Document regulation = page("湖南省人民政府令-322");
        assertEquals(List.of("湖南省人民政府关于修改《湖南省行政执法证件管理办法》的决定"), listed(regulation, "被修改"));
        assertEquals("现行有效", regulation.select(".status").first().text());
        Document decision = page("湖南省人民政府令-330");
        assertEquals(List.of("《湖南省行政执法证件管理办法》"), listed(decision, "修改"));
    }

    @Test
    void aNoticeARepealListNamesIsRepealedByTheDecision() throws IOException {
        Document notice = page("湘政发-2010-12");
        assertEquals(List.of("湖南省人民政府关于废止部分规范性文件的决定"), listed(notice, "被废止"));
        assertEquals("已废止", notice.select(".status").first().text());
    }

    @Test
    void theDataFileListsWhatRepealsAndAmendsEachDocument() throws IOException {
        JsonNode documents = new ObjectMapper().readTree(site.resolve("data/documents.json").toFile());
        StringBuilder changes = new StringBuilder();
        for (JsonNode d : documents) {
            changes.append(d.get("id").asText()).append(" repealed_by=").append(d.get("repealed_by"))
                    .append(" amended_by=").append(d.get("amended_by")).append('\n');
        }
        assertEquals("""
                湖南省人民政府令-322 repealed_by=[] amended_by=["湖南省人民政府令-330"]
                湖南省人民政府令-330 repealed_by=[] amended_by=[]
                湘政发-2010-12 repealed_by=["湘政发-2024-15"] amended_by=[]
                湘政发-2024-15 repealed_by=[] amended_by=[]
                """, changes.toString());
    }
}
