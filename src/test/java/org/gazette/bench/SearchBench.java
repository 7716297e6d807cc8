package org.gazette.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.gazette.publish.PreviewServer;

/**
 * Measures a first query in headless Chromium, over HTTP from a local server, for gazette's search
 * and for Pagefind's index of the same site: bytes and files served (counted by the server, so
 * that files a worker loads count too; the page itself excluded), and the time until ten results
 * (with their titles and snippets) are ready. Each query runs in a fresh browser, so nothing is
 * cached. Run by bench/search-bench.sh; args: SITE_DIR QUERY…
 */
public final class SearchBench {

    private static final String PAGEFIND_PAGE = """
            <!DOCTYPE html><meta charset="utf-8"><title>pagefind bench</title>
            <script>
            window.runQuery = async function (q) {
              const t0 = performance.now();
              const pagefind = await import('./pagefind/pagefind.js');
              await pagefind.init();
              const r = await pagefind.search(q);
              const top = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
              const ms = performance.now() - t0;
              const files = performance.getEntriesByType('resource').filter(e => e.name.includes('/pagefind/'));
              return {ms: ms, results: r.results.length, first: top.length ? top[0].url : null,
                      files: files.length, bytes: files.reduce((s, e) => s + e.encodedBodySize, 0)};
            };
            </script>
            """;

    private static final java.util.concurrent.atomic.AtomicLong SERVED_FILES = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong SERVED_BYTES = new java.util.concurrent.atomic.AtomicLong();

    private static void resetCounts() {
        SERVED_FILES.set(0);
        SERVED_BYTES.set(0);
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        List<String> queries = List.of(args).subList(1, args.length);
        Files.writeString(site.resolve("pagefind-bench.html"), PAGEFIND_PAGE);
        try (PreviewServer server = new PreviewServer(site, 0)) {
            server.onServed((path, bytes) -> {
                if (path.endsWith(".html")) return;
                SERVED_FILES.incrementAndGet();
                SERVED_BYTES.addAndGet(bytes);
            });
            String base = "http://127.0.0.1:" + server.port() + "/";
            System.out.printf("%-22s | %-34s | %-34s%n", "query", "gazette: bytes / files / ms / hits", "pagefind: bytes / files / ms / hits");
            List<double[]> ours = new ArrayList<>();
            List<double[]> theirs = new ArrayList<>();
            for (String q : queries) {
                double[] g = ours(base, site, q);
                double[] p = Files.isDirectory(site.resolve("pagefind")) ? pagefind(base, q) : new double[4];
                ours.add(g);
                theirs.add(p);
                System.out.printf("%-22s | %8.1f KB %3.0f files %6.1f ms %5.0f | %8.1f KB %3.0f files %6.1f ms %5.0f%n",
                        q, g[0] / 1024, g[1], g[2], g[3], p[0] / 1024, p[1], p[2], p[3]);
            }
            System.out.printf("%-22s | %8.1f KB %3.0f files %6.1f ms       | %8.1f KB %3.0f files %6.1f ms%n", "median",
                    median(ours, 0) / 1024, median(ours, 1), median(ours, 2), median(theirs, 0) / 1024, median(theirs, 1), median(theirs, 2));
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** bytes, files, ms, hits: search.js and the index files the query loaded. */
    @SuppressWarnings("unchecked")
    private static double[] ours(String base, Path site, String q) throws IOException {
        ChromeDriver browser = browser();
        try {
            browser.get(base + "search.html");
            resetCounts();
            SERVED_BYTES.addAndGet(Files.size(site.resolve("assets/search.js")));
            SERVED_FILES.incrementAndGet();
            Map<String, Object> r = (Map<String, Object>) browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "GazetteSearch.search(arguments[0]).then(r => done({ms: GazetteSearch.lastQueryMs, hits: r.hits.length,"
                    + " loaded: GazetteSearch.loaded.slice()}));", q);
            return new double[] {SERVED_BYTES.get(), SERVED_FILES.get(), ((Number) r.get("ms")).doubleValue(),
                    ((Number) r.get("hits")).doubleValue()};
        } finally {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static double[] pagefind(String base, String q) throws IOException {
        ChromeDriver browser = browser();
        try {
            browser.get(base + "pagefind-bench.html");
            resetCounts();
            Map<String, Object> r = (Map<String, Object>) browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; runQuery(arguments[0]).then(done, e => done({error: String(e)}));", q);
            if (r.containsKey("error")) throw new IllegalStateException("pagefind: " + r.get("error"));
            return new double[] {SERVED_BYTES.get(), SERVED_FILES.get(), ((Number) r.get("ms")).doubleValue(),
                    ((Number) r.get("results")).doubleValue()};
        } finally {
            browser.quit();
        }
    }

    private static ChromeDriver browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory("bench-chromium"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
