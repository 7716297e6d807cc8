package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteWithAReloadScriptAndRefusesPathsOutsideIt(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("documents/湘政发-2024-9.html"), "<html><body><p>正文</p></body></html>");
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        try (PreviewServer server = new PreviewServer(dir.resolve("site"), 0)) {
            HttpResponse<String> page = get(server.port(), "/documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-9.html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<p>正文</p><script>"), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals(404, get(server.port(), "/nothing.html").statusCode());
            assertFalse(get(server.port(), "/../secret.txt").body().contains("not for the web"));
            assertFalse(get(server.port(), "/%2e%2e/secret.txt").body().contains("not for the web"));
            String before = get(server.port(), PreviewServer.VERSION_PATH).body();
            server.siteChanged();
            assertFalse(before.equals(get(server.port(), PreviewServer.VERSION_PATH).body()), "open pages see the rebuild");
        }
        assertTrue(Files.readString(site.resolve("documents/湘政发-2024-9.html")).endsWith("</html>"), "the file is untouched");
    }

    @Test
    void seesAChangedFileAndAFileInANewFolder(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/gazettes/a"));
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(dir.resolve("content")))) {
            assertFalse(watcher.awaitChange(Duration.ofMillis(200), Duration.ofMillis(50)));
            Files.writeString(content.resolve("issue.txt"), "新的一期");
            assertTrue(watcher.awaitChange(Duration.ofSeconds(10), Duration.ofMillis(200)));
            Path fresh = Files.createDirectories(content.resolve("2025"));
            assertTrue(watcher.awaitChange(Duration.ofSeconds(10), Duration.ofMillis(200)));
            Files.writeString(fresh.resolve("next.txt"), "下一期");
            assertTrue(watcher.awaitChange(Duration.ofSeconds(10), Duration.ofMillis(200)), "new folders are watched too");
        }
    }

    @Test
    void seesAChangeInAFolderThatIsALink(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/gazettes/a"));
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path year = Files.createDirectories(texts.resolve("2025"));
        Files.createSymbolicLink(content.resolve("texts"), texts); // the folder linked to, and one in it
        Files.createSymbolicLink(year.resolve("back"), content); // a link back: not walked again
        try (ChangeWatcher watcher = new ChangeWatcher(List.of(dir.resolve("content")))) {
            assertFalse(watcher.awaitChange(Duration.ofMillis(200), Duration.ofMillis(50)));
            Files.writeString(year.resolve("2025-01.txt"), "新的一期");
            assertTrue(watcher.awaitChange(Duration.ofSeconds(10), Duration.ofMillis(200)), "the linked year's new issue seen");
        }
    }
}
