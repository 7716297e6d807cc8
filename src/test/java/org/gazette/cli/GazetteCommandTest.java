package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class GazetteCommandTest {

    @Test
    void anOutOfMemoryErrorIsFoundBehindTheExceptionThatATryWithResourcesMakesOfIt() {
        // The JVM throws one preallocated error when the heap is full: a try-with-resources whose
        // closing fails with it too adds it to itself, which throws this.
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        IllegalArgumentException selfSuppression = assertThrows(IllegalArgumentException.class, () -> full.addSuppressed(full));
        assertSame(full, GazetteCommand.outOfMemory(selfSuppression));
        assertSame(full, GazetteCommand.outOfMemory(new IOException("wrapped", new RuntimeException(full))));
        assertNull(GazetteCommand.outOfMemory(new IOException("disk full")));
    }

    @Test
    void aFileItMayNotWriteOrCannotFindIsSaidSo() {
        // The JDK's messages were the paths alone: "gazette build: /srv/.site.lock".
        assertEquals("permission denied: /srv/.site.lock (this user may not write there; run as the user "
                + "who owns the site, or give this one the right)", GazetteCommand.said(new AccessDeniedException("/srv/.site.lock")));
        assertEquals("not found: /srv/templates/index.ftlh",
                GazetteCommand.said(new NoSuchFileException("/srv/templates/index.ftlh")));
        assertEquals("template index.ftlh failed", GazetteCommand.said(new IOException("template index.ftlh failed")));
        assertEquals("cannot write site data", GazetteCommand.said(new IllegalStateException("cannot write site data",
                new IOException("No space left on device"))), "the machine's failure, in an unchecked wrapper");
    }

    /** A bug's exception said what and where it is: a NullPointerException had been "gazette build: null". */
    @Test
    void aFaultOfGazettesOwnIsSaidToBeOneWithWhereItHappened() {
        NullPointerException bug = new NullPointerException();
        bug.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.gazette.link.StatusResolver", "status",
                "StatusResolver.java", 58)});
        assertEquals("internal error: java.lang.NullPointerException at org.gazette.link.StatusResolver.status"
                + "(StatusResolver.java:58) (a bug in gazette: please report it, with the content it was building)",
                GazetteCommand.said(bug));
    }

    @Test
    void whatIsPrintedIntoAFileIsUtf8() {
        assertEquals(StandardCharsets.UTF_8, GazetteCommand.outputCharset(false), "check --json > report.json");
        assertEquals(Charset.defaultCharset(), GazetteCommand.outputCharset(true), "a terminal's own");
    }

    @Test
    void aReportPrintedIntoAPipeIsUtf8UnderAnyLocale() throws Exception {
        // As cron runs it: a POSIX locale, whose charset is ASCII (the Chinese was printed as question marks).
        ProcessBuilder check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GazetteCommand.class.getName(),
                "check", "--json", "content/gazettes/hunan-province/2024/2024-14.txt")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        check.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        check.environment().put("LC_ALL", "POSIX");
        Process p = check.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("\"gazette\" : \"湖南省人民政府公报\""), out.substring(0, Math.min(300, out.length())));
    }
}
