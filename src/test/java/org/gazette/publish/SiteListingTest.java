package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        SiteListing listing = new SiteListing(site);

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
    }
}
