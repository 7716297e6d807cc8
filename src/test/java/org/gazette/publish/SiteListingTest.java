package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteListingTest {

    @TempDir
    Path site;

    @Test
    void tellsWhichFilesTheSiteHasFolderByFolder() throws IOException {
        Files.writeString(site.resolve("index.html"), "home");
        Files.createDirectories(site.resolve("search/text/7"));
        for (int g = 0; g < 12; g++) Files.writeString(site.resolve("search/text/7/" + g + ".js"), "piece");
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("documents/湘政发-2024-9.html"), "page");
        Files.delete(site.resolve("search/text/7/3.js")); // deleted by hand before the build
        SiteListing listing = new SiteListing(site, null);

        assertTrue(listing.has("index.html"));
        assertTrue(listing.has("documents/湘政发-2024-9.html"));
        assertFalse(listing.has("documents/湘政发-2024-10.html"));
        assertTrue(listing.has("search/text/7/0.js"));
        assertTrue(listing.has("search/text/7/11.js"));
        assertFalse(listing.has("search/text/7/3.js"), "deleted");
        assertFalse(listing.has("search/text/7/12.js"));
        assertFalse(listing.has("search/text/8/0.js"), "a folder that is not there");
        assertFalse(listing.has("index.html/x"), "under a file");
        assertFalse(listing.has("search/text/7/.."));
        assertThrows(IOException.class, () -> listing.has("../outside/index.html"));
        assertFalse(listing.untouchedSinceManifest("search/text/7/"), "no manifest: nothing is trusted");
    }

    @Test
    void trustsAFolderModifiedBeforeTheManifestWasWritten() throws IOException {
        FileTime manifest = FileTime.fromMillis(2_000_000_000_000L);
        for (String folder : List.of("old", "same", "new", "real")) Files.createDirectories(site.resolve(folder));
        Files.setLastModifiedTime(site.resolve("old"), FileTime.fromMillis(manifest.toMillis() - 1));
        Files.setLastModifiedTime(site.resolve("same"), manifest);
        Files.setLastModifiedTime(site.resolve("new"), FileTime.fromMillis(manifest.toMillis() + 1));
        Files.setLastModifiedTime(site.resolve("real"), FileTime.fromMillis(manifest.toMillis() - 1));
        Files.createSymbolicLink(site.resolve("link"), site.resolve("real"));
        Files.writeString(site.resolve("file"), "not a folder");
        Files.setLastModifiedTime(site.resolve("file"), FileTime.fromMillis(manifest.toMillis() - 1));
        Files.setLastModifiedTime(site, FileTime.fromMillis(manifest.toMillis() - 1));
        SiteListing listing = new SiteListing(site, manifest);

        assertTrue(listing.untouchedSinceManifest("old/"));
        assertFalse(listing.untouchedSinceManifest("same/"), "within the tick that wrote the manifest: listed");
        assertFalse(listing.untouchedSinceManifest("new/"));
        assertFalse(listing.untouchedSinceManifest("gone/"));
        assertFalse(listing.untouchedSinceManifest("link/"), "a link, not a folder of the site");
        assertFalse(listing.untouchedSinceManifest("file/"));
        assertFalse(listing.untouchedSinceManifest(""), "the root, where each commit moves the manifest");
        assertThrows(IOException.class, () -> listing.untouchedSinceManifest("../outside/"));
    }
}
