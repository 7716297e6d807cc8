package org.gazette.bench;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.gazette.model.ParsedSource;
import org.gazette.parse.SourceParser;
import org.gazette.source.SourceReader;

public final class SerBench {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (var w = Files.walk(Path.of(args[0]))) { files = w.filter(p -> p.toString().endsWith(".txt")).sorted().limit(200).toList(); }
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            List<ParsedSource> parsed = new ArrayList<>();
            for (Path f : files) parsed.add(new SourceParser().parse(new SourceReader().read(f, f.toString()), f.toString()));
            long t1 = System.nanoTime();
            List<byte[]> blobs = new ArrayList<>();
            for (ParsedSource p : parsed) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                try (ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(bo))) { o.writeObject(p); }
                blobs.add(bo.toByteArray());
            }
            long t2 = System.nanoTime();
            long n = 0;
            for (byte[] b : blobs) {
                try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new ByteArrayInputStream(b)))) { n += ((ParsedSource) in.readObject()).documents().size(); }
            }
            long t3 = System.nanoTime();
            System.out.printf("parse %d ms, serialize %d ms (%d MB), deserialize %d ms (%d docs)%n", (t1-t0)/1000000, (t2-t1)/1000000,
                blobs.stream().mapToLong(b -> b.length).sum() >> 20, (t3-t2)/1000000, n);
        }
    }
}
