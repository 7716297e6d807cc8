package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteOptionsTest {

    @Test
    void aJvmThatWritesFileNamesInAnotherCharsetThanUtf8IsRefusedBeforeItBuilds() {
        assertEquals(null, SiteOptions.fileNamesProblem("Linux", "UTF-8"));
        assertEquals(null, SiteOptions.fileNamesProblem("Linux", "UTF8"), "an alias");
        assertEquals(null, SiteOptions.fileNamesProblem("Windows 11", "Cp936"), "Windows names files in UTF-16 whatever its code page");
        assertEquals("file names here are written in ANSI_X3.4-1968, the charset of the locale, and the site's pages have Chinese "
                + "names: run with a UTF-8 locale (LC_ALL=C.UTF-8; the gazette launcher sets one)",
                SiteOptions.fileNamesProblem("Linux", "ANSI_X3.4-1968"), "POSIX: a build failed at its first page");
        assertTrue(SiteOptions.fileNamesProblem("Linux", "GBK") != null, "GBK names no link finds");
        assertTrue(SiteOptions.fileNamesProblem("Mac OS X", "no-such-charset") != null);
    }
}
