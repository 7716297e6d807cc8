package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class SiteOptionsTest {

    @Test
    void theTemplatesAreThoseAskedForElseThoseGazetteComesWith() {
        String before = System.getProperty(SiteOptions.SHIPPED_TEMPLATES);
        try {
            System.clearProperty(SiteOptions.SHIPPED_TEMPLATES);
            assertEquals(Path.of("templates"), options().templates(), "run without the launcher: the project's folder");
            System.setProperty(SiteOptions.SHIPPED_TEMPLATES, "/opt/gazette/templates");
            assertEquals(Path.of("/opt/gazette/templates"), options().templates(), "the launcher's");
            assertEquals(Path.of("mine"), options("--templates", "mine").templates());
        } finally {
            if (before == null) System.clearProperty(SiteOptions.SHIPPED_TEMPLATES);
            else System.setProperty(SiteOptions.SHIPPED_TEMPLATES, before);
        }
    }

    private static SiteOptions options(String... args) {
        SiteOptions options = new SiteOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void aJvmThatWritesFileNamesInAnotherCharsetThanUtf8IsRefusedBeforeItBuilds() {
        assertNull(SiteOptions.fileNamesProblem("Linux", "UTF-8"));
        assertNull(SiteOptions.fileNamesProblem("Linux", "UTF8"), "an alias");
        assertNull(SiteOptions.fileNamesProblem("Windows 11", "Cp936"), "Windows names files in UTF-16 whatever its code page");
        assertEquals("file names here are written in ANSI_X3.4-1968, the charset of the locale, and the site's pages have Chinese "
                + "names: run with a UTF-8 locale (LC_ALL=C.UTF-8; the gazette launcher sets one)",
                SiteOptions.fileNamesProblem("Linux", "ANSI_X3.4-1968"), "POSIX: a build failed at its first page");
        assertNotNull(SiteOptions.fileNamesProblem("Linux", "GBK"), "GBK names no link finds");
        assertNotNull(SiteOptions.fileNamesProblem("Mac OS X", "no-such-charset"));
    }
}
