package org.gazette.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gazette.link.Archive;
import org.gazette.render.SiteFile;
import org.gazette.search.IndexBuilder;
import org.gazette.search.SearchFiles;

/**
 * Times the search index alone (analysis, scores, the script files in memory) on a content folder,
 * after parsing and linking it untimed, and reports the heap the index stage needed at its peak.
 * Args: CONTENT_DIR.
 */
public final class IndexBench {

    public static void main(String[] args) {
        Archive archive = BenchArchive.of(Path.of(args[0]));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heapPeak();
        long started = System.nanoTime();
        var index = new IndexBuilder().build(archive);
        long analysed = (System.nanoTime() - started) / 1_000_000;
        List<SiteFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        try { new SearchFiles("bench").write(index, files::add); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("analysis and scores %,d ms, script files %,d ms%n", analysed, ms - analysed);
        long bytes = files.stream().mapToLong(f -> f.content().length).sum();
        System.out.printf("gazette index: %d entries, %,d ms, %d files, %.1f MB, index-stage heap peak %.0f MB%n",
                archive.documents().size() + archive.people().persons().size(), ms, files.size(), bytes / 1048576.0,
                (heapPeak() - before) / 1048576.0);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
