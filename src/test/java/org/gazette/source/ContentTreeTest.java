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
}
