package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void aPortInUseIsSaidBeforeAnythingIsBuilt(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Path out = dir.resolve("site");
            Cli serve = Cli.run("serve", "-p", String.valueOf(port), "--out", out.toString());
            assertEquals(2, serve.exit());
            assertTrue(serve.err().startsWith("port " + port + " on 127.0.0.1 is in use (another gazette serve?): choose another with -p PORT"),
                    serve.err());
            assertFalse(Files.exists(out), "found before a whole first build, not after it");
        }
    }
}
