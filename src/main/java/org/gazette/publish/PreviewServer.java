package org.gazette.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site on the loopback interface for preview (the JDK's own HTTP server). HTML
 * pages are served with a small script that reloads them when the site is rebuilt; the files on
 * disk are never changed. Requests outside the site folder are refused.
 */
public final class PreviewServer implements AutoCloseable {

    public static final String VERSION_PATH = "/__gazette/version";
    private static final String RELOAD = "<script>(function(){var v=null;setInterval(function(){fetch('"
            + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){"
            + "if(v===null){v=t;}else if(t!==v){location.reload();}}).catch(function(){});},1000);})();</script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "csv", "text/csv; charset=utf-8", "png", "image/png", "svg", "image/svg+xml");

    private final Path site;
    private final HttpServer server;
    private final AtomicLong version = new AtomicLong(1);
    private volatile java.util.function.BiConsumer<String, Integer> served = (path, bytes) -> { };

    /** Tells a listener of every file served and its size (benchmarks count what a query loads). */
    public void onServed(java.util.function.BiConsumer<String, Integer> listener) {
        served = listener;
    }

    public PreviewServer(Path site, int port) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // tens of milliseconds per small file. Read once, when the server classes first load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        // Browsers load many small files at once; one thread would serve them one after another.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells open pages to reload. */
    public void siteChanged() {
        version.incrementAndGet();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", String.valueOf(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(site)) {
                send(exchange, 403, "text/plain; charset=utf-8", "outside the site".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            if (extension.equals("html")) {
                String html = new String(body, StandardCharsets.UTF_8);
                int end = html.lastIndexOf("</body>");
                body = (end < 0 ? html + RELOAD : html.substring(0, end) + RELOAD + html.substring(end))
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
            served.accept(path, body.length);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
