package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SiteBuildTest {

    @Test
    void aFullDiskIsSaidWithTheFolderWhoseDiskItIs() {
        // What FileChannel.write throws when the disk is full (tried on a 3 MB tmpfs): no file named.
        IOException full = new IOException("No space left on device");
        IOException said = SiteBuild.whereTheDiskIsFull(full, Path.of("/srv/www/site"));
        assertEquals("No space left on device (writing into /srv/www, where the site, its cache and its staging folder are)",
                said.getMessage());
        assertSame(full, said.getCause());
    }

    @Test
    void otherFailuresAndThoseNamingTheirFileAreLeftAsTheyAre() {
        IOException named = new FileSystemException("/srv/www/.site.new-1/documents", null, "No space left on device");
        assertSame(named, SiteBuild.whereTheDiskIsFull(named, Path.of("/srv/www/site")));
        IOException other = new IOException("template index.ftlh failed for index.html: …");
        assertSame(other, SiteBuild.whereTheDiskIsFull(other, Path.of("/srv/www/site")));
    }

    @Test
    void todayIsTodayInChinaWhateverTheMachinesZone() {
        // 2025-01-01 01:00 in Beijing: a server kept in UTC is still on the last day of 2024.
        Instant newYear = Instant.parse("2024-12-31T17:00:00Z");
        assertEquals(LocalDate.of(2025, 1, 1), SiteBuild.today(Clock.fixed(newYear, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2025, 1, 1),
                SiteBuild.today(Clock.fixed(newYear, ZoneId.of("America/New_York"))));
        assertEquals(LocalDate.of(2024, 12, 31),
                SiteBuild.today(Clock.fixed(Instant.parse("2024-12-31T15:59:59Z"), ZoneOffset.UTC)));
    }
}
