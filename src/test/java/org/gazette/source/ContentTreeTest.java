package org.gazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.model.Diagnostic;

class ContentTreeTest {

    @Test
    void aFileNamesItsGazetteByTheFolderItIsIn() {
        assertEquals("hunan-province", ContentTree.gazetteOf("content/gazettes/hunan-province/2024/2024-14.txt"));
        assertEquals("hunan-province", ContentTree.gazetteOf("archive\\gazettes\\hunan-province\\2024-14.txt"), "Windows' separators");
        assertEquals("", ContentTree.gazetteOf("notes/2024-14.txt"), "outside any gazette's folder");
    }

    @Test
    void aGazetteYamlSavedInGbkIsReadAndNoted(@TempDir Path content) throws IOException {
        Path gazette = Files.createDirectories(content.resolve("gazettes/yongzhou-city"));
        Files.write(gazette.resolve("gazette.yaml"), "name: 永州市人民政府公报\npublisher: 永州市人民政府办公室\nlevel: 市级\n"
                .getBytes(Charset.forName("GBK")));
        ContentTree.Scan scan = new ContentTree().scan(content);
        GazetteInfo info = scan.gazettes().get(0).info();
        assertEquals("永州市人民政府公报", info.name());
        assertEquals("永州市人民政府办公室", info.publisher());
        assertEquals(List.of("encoding-detected"), scan.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aGazetteYamlInNoEncodingItKnowsIsReportedAtItsLine(@TempDir Path content) throws IOException {
        Path gazette = Files.createDirectories(content.resolve("gazettes/test-city"));
        Files.write(gazette.resolve("gazette.yaml"), new byte[] {'k', 'i', 'n', 'd', ':', ' ', 'g', '\n', 'n', ':', ' ', (byte) 0xFF, '\n'});
        ContentTree.Scan scan = new ContentTree().scan(content);
        assertEquals("test-city", scan.gazettes().get(0).info().name(), "the folder's name stands in");
        Diagnostic d = scan.diagnostics().get(0);
        assertEquals("metadata-invalid", d.code());
        assertEquals(2, d.line());
    }

    @Test
    void aContentFileIsNamedFromTheContentFoldersParentHoweverTheFolderIsWritten(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("archive/content"));
        Path source = content.resolve("gazettes/test-city/2023/a.txt");
        assertEquals("content/gazettes/test-city/2023/a.txt", ContentTree.nameOf(content, source));
        assertEquals("content/gazettes/test-city/2023/a.txt",
                ContentTree.nameOf(dir.resolve("archive/./other/../content"), source), "written another way, the same name");
        Path relative = Path.of("").toAbsolutePath().relativize(content);
        assertEquals("content/gazettes/test-city/2023/a.txt", ContentTree.nameOf(relative, relative.resolve("gazettes/test-city/2023/a.txt")),
                "from the working folder, the same name as from anywhere");

        Files.createDirectories(content.resolve("gazettes/test-city"));
        Diagnostic missing = new ContentTree().scan(content).diagnostics().get(0);
        assertEquals("metadata-missing", missing.code());
        assertEquals("content/gazettes/test-city/gazette.yaml", missing.file());
    }

    @Test
    void foldersThatAreLinksAreFollowedAndALinkBackIsNotFollowedAgain(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content/gazettes"));
        Path kept = Files.createDirectories(dir.resolve("texts"));
        // A gazette's folder kept elsewhere, and one of its years in yet another place.
        Path gazette = Files.createDirectories(kept.resolve("test-city"));
        Files.writeString(gazette.resolve("gazette.yaml"), "name: 测试市人民政府公报\n");
        Files.createDirectories(gazette.resolve("2023"));
        Files.writeString(gazette.resolve("2023/2023-01.txt"), "测试市人民政府公报");
        Path year = Files.createDirectories(dir.resolve("2024"));
        Files.writeString(year.resolve("2024-01.txt"), "测试市人民政府公报");
        Files.createSymbolicLink(gazette.resolve("2024"), year);
        Files.createSymbolicLink(content.resolve("test-city"), gazette);
        Files.createSymbolicLink(year.resolve("back"), gazette); // a link to a folder it is in
        Files.createSymbolicLink(gazette.resolve("2023/2023-02.txt"), dir.resolve("gone.txt")); // a link leading nowhere

        ContentTree.Scan scan = new ContentTree().scan(dir.resolve("content"));
        assertEquals(List.of(), scan.diagnostics());
        Path linked = content.resolve("test-city");
        assertEquals(List.of(linked.resolve("2023/2023-01.txt"), linked.resolve("2023/2023-02.txt"), linked.resolve("2024/2024-01.txt")),
                scan.gazettes().get(0).files(), "each text once, named by the links it was found through; the one leading nowhere too, to be said");
        assertEquals("content/gazettes/test-city/2024/2024-01.txt", ContentTree.nameOf(dir.resolve("content"), linked.resolve("2024/2024-01.txt")));
    }

    @Test
    void hiddenFilesAndFoldersAreNotContent(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path year = Files.createDirectories(content.resolve("gazettes/test-city/2024"));
        Files.writeString(year.resolve("../gazette.yaml"), "name: 测试市人民政府公报\n");
        Files.writeString(year.resolve("2024-01.txt"), "测试市人民政府公报");
        Files.write(year.resolve("._2024-01.txt"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'}); // AppleDouble
        Files.writeString(Files.createDirectories(year.resolve(".stversions")).resolve("2024-01~20240101-120000.txt"), "测试市人民政府公报");
        Files.createDirectories(content.resolve("gazettes/.stversions/test-city"));
        ContentTree.Scan scan = new ContentTree().scan(content);
        assertEquals(List.of(), scan.diagnostics(), "no gazette made of a hidden folder");
        assertEquals(1, scan.gazettes().size());
        assertEquals(List.of(year.resolve("2024-01.txt")), scan.gazettes().get(0).files());
    }

    @Test
    void aLinkedFolderThatIsNoLongerThereIsSaidAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path gazette = Files.createDirectories(dir.resolve("content/gazettes/test-city"));
        Files.writeString(gazette.resolve("gazette.yaml"), "name: 测试市人民政府公报\n");
        Files.writeString(Files.createDirectories(gazette.resolve("2024")).resolve("2024-01.txt"), "测试市人民政府公报");
        Files.createSymbolicLink(gazette.resolve("2025"), dir.resolve("moved-away")); // the texts moved, the link left behind
        ContentTree.Scan scan = new ContentTree().scan(dir.resolve("content"));
        assertEquals(List.of(gazette.resolve("2024/2024-01.txt")), scan.gazettes().get(0).files());
        assertEquals(1, scan.diagnostics().size());
        Diagnostic d = scan.diagnostics().get(0);
        assertEquals("content/gazettes/test-city/2025:0: error [read-failed] a link to " + dir.resolve("moved-away")
                + ", which is not there; what is in it is not in the site", d.toString());
    }

    @Test
    void aGazetteYamlsMistypedKeyAndAListForOneValueAreToldAtTheirLines(@TempDir Path content) throws IOException {
        Path gazette = Files.createDirectories(content.resolve("gazettes/test-city"));
        Files.writeString(gazette.resolve("gazette.yaml"), "# 测试市\nname: 测试市人民政府公报\nregoin: 测试市\npublisher: [甲, 乙]\nkind: issues\n");
        ContentTree.Scan scan = new ContentTree().scan(content);
        assertEquals(List.of(
                ":3: warning [metadata-unknown-key] unknown key 'regoin' (known here: kind, level, name, publisher, region): "
                        + "what it says is not applied",
                ":5: warning [metadata-kind] kind is 'gazette' or 'documents', not 'issues'",
                ":4: error [metadata-invalid] publisher: one value, not a list"),
                scan.diagnostics().stream().map(d -> d.toString().substring(d.file().length())).toList());
        assertEquals(new GazetteInfo("test-city", "测试市人民政府公报", null, null, null, "issues"), scan.gazettes().get(0).info());
    }
}
