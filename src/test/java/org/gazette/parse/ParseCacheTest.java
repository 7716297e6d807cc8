package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.model.Block;
import org.gazette.model.ParsedSource;
import org.gazette.model.StoredBody;
import org.gazette.source.SourceReader;

class ParseCacheTest {

    private static final Path SEED = Path.of("src/test/resources/fixtures/hunan-2024-14/input.txt");

    @TempDir
    Path tmp;

    private final SourceReader reader = new SourceReader();
    private final SourceParser parser = new SourceParser();

    @Test
    void aCachedParseIsTheParseAndAChangedFileIsParsedAgain() throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParsedSource direct = parser.parse(reader.read(file, "2024-14.txt"), "2024-14.txt");
        ParseCache cache = new ParseCache(tmp.resolve("cache"), "v1");
        ParseCache.Entry first = cache.parse(file, "2024-14.txt", reader, parser);
        assertEquals(direct, first.source(), "first: parsed and stored");
        assertEquals(1, entries().size());
        ParseCache.Entry second = cache.parse(file, "2024-14.txt", reader, parser);
        assertEquals(direct, second.source(), "second: read back, equal in every field");
        assertEquals(first.key(), second.key(), "made from the same");

        Files.writeString(file, Files.readString(file).replace("湘政发〔2024〕9号", "湘政发〔2024〕19号"));
        ParseCache.Entry again = new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser);
        ParsedSource changed = again.source();
        assertNotEquals(first.key(), again.key(), "made from other bytes");
        assertNotEquals(direct, changed);
        assertTrue(changed.documents().stream().anyMatch(d -> d.number() != null && d.number().serial() == 19));
        assertEquals(2, entries().size(), "a new entry for the new bytes");
    }

    @Test
    void anotherVersionOrNameIsAnotherEntryAndPruneKeepsOnlyWhatWasUsed() throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser);
        new ParseCache(tmp.resolve("cache"), "v1").parse(file, "other/2024-14.txt", reader, parser);
        ParseCache v2 = new ParseCache(tmp.resolve("cache"), "v2");
        v2.parse(file, "2024-14.txt", reader, parser);
        assertEquals(3, entries().size());
        Files.writeString(tmp.resolve("cache/index.new"), "the search index's state, being written by another thread");
        v2.finish();
        assertEquals(1, entries().size(), "only the entry the v2 build used");
        assertTrue(Files.exists(tmp.resolve("cache/index.new")), "the other caches in the folder are not the parse cache's");
    }

    @Test
    void aParseLeavesItsTextsInTheEntryUntilTheyAreAskedFor() throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParsedSource direct = parser.parse(reader.read(file, "2024-14.txt"), "2024-14.txt");
        assertTrue(direct.documents().stream().noneMatch(d -> d.body() instanceof StoredBody), "parsed: the texts are there");
        ParsedSource made = new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser).source();
        assertTrue(made.documents().stream().allMatch(d -> d.body() instanceof StoredBody), "parsed and kept: left in the entry");
        ParsedSource cached = new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser).source();
        assertTrue(cached.documents().stream().allMatch(d -> d.body() instanceof StoredBody), "read back: left in the entry");
        assertEquals(direct, made, "every text read when asked for");
        assertEquals(direct, cached);

        ParsedSource unread = new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser).source();
        Files.delete(entries().get(0));
        java.io.UncheckedIOException gone = assertThrows(java.io.UncheckedIOException.class,
                () -> unread.documents().get(5).body().iterator());
        assertTrue(gone.getMessage().contains("can no longer be read"), gone.getMessage());
    }

    @Test
    void aReadOnlyCacheUsesWhatIsKeptAndWritesNothing() throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParsedSource direct = parser.parse(reader.read(file, "2024-14.txt"), "2024-14.txt");
        ParseCache nothingKept = ParseCache.readOnly(tmp.resolve("cache"), "v1");
        ParsedSource parsed = nothingKept.parse(file, "2024-14.txt", reader, parser).source();
        assertEquals(direct, parsed);
        assertTrue(parsed.documents().stream().noneMatch(d -> d.body() instanceof StoredBody), "parsed, held in memory");
        assertTrue(Files.notExists(tmp.resolve("cache")), "nothing written");
        assertThrows(IllegalStateException.class, nothingKept::finish);

        buildOnce(file);
        List<Path> kept = entries();
        ParsedSource read = ParseCache.readOnly(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser).source();
        assertTrue(read.documents().stream().allMatch(d -> d.body() instanceof StoredBody), "what was kept is read");
        assertEquals(direct, read);
        ParseCache.readOnly(tmp.resolve("cache"), "v2").parse(file, "2024-14.txt", reader, parser);
        assertEquals(kept, entries(), "another version's parse is not kept either");
    }

    @Test
    void aDamagedEntryIsParsedAgain() throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParseCache cache = new ParseCache(tmp.resolve("cache"), "v1");
        ParsedSource first = cache.parse(file, "2024-14.txt", reader, parser).source();
        Files.write(entries().get(0), new byte[] {1, 2, 3});
        assertEquals(first, cache.parse(file, "2024-14.txt", reader, parser).source());
        assertTrue(Files.size(entries().get(0)) > 3, "replaced");
    }

    @Test
    void anEntryCutShortOrAlteredIsParsedAgainAndAnUnreadableTextIsReported() throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        ParsedSource direct = parser.parse(reader.read(file, "2024-14.txt"), "2024-14.txt");
        new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser);
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        // The entry: how many texts, the parse's length, each text's length, the parse, the texts.
        int texts = ByteBuffer.wrap(whole).getInt(0);
        int parseLength = ByteBuffer.wrap(whole).getInt(4);
        int parseStart = 8 + 4 * texts;
        int firstTextLength = ByteBuffer.wrap(whole).getInt(8);
        int firstText = parseStart + parseLength;
        assertEquals(direct.documents().size(), texts, "a text per document");

        Files.write(entry, Arrays.copyOf(whole, parseStart + parseLength / 2));
        assertEquals(direct, parseAgain(file), "the parse cut short: parsed again");
        byte[] flipped = whole.clone();
        flipped[parseStart + parseLength - 2] ^= 0x55; // inside the compressed parse: its checksum no longer holds
        Files.write(entry, flipped);
        assertEquals(direct, parseAgain(file), "a changed byte: parsed again");
        assertEquals(List.of(entry), entries(), "and the entry made again");
        assertArrayEquals(whole, Files.readAllBytes(entry));

        Files.write(entry, Arrays.copyOf(whole, whole.length - 3));
        assertEquals(direct, parseAgain(file), "the texts cut short: parsed again, their lengths known");
        assertArrayEquals(whole, Files.readAllBytes(entry));
        Files.write(entry, Arrays.copyOf(whole, whole.length + 1));
        assertEquals(direct, parseAgain(file), "lengthened: parsed again");
        assertArrayEquals(whole, Files.readAllBytes(entry));

        byte[] textChanged = whole.clone();
        textChanged[firstText + firstTextLength - 2] ^= 0x55; // inside the first text: its checksum no longer holds
        Files.write(entry, textChanged);
        ParsedSource read = parseAgain(file);
        List<Block> body = read.documents().get(0).body();
        assertTrue(body instanceof StoredBody && !body.isEmpty(), "the parse read back, the text left in the entry");
        assertEquals(direct.documents().get(1).body(), read.documents().get(1).body(), "the other texts read alone");
        assertThrows(UncheckedIOException.class, body::iterator, "the text cannot be read: said, not guessed");
        assertTrue(entries().isEmpty(), "and the entry dropped: the next build parses the source again");
        assertEquals(direct, parseAgain(file));
        assertArrayEquals(whole, Files.readAllBytes(entry));
    }

    @Test
    void aFileThatLooksAsItDidIsNotReadAgainButAnyNewLookIsRead() throws IOException {
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Path file = sourceModifiedAt(anHourAgo);
        ParsedSource original = buildOnce(file);

        // The same size and modification time, other bytes (written in place): taken as unchanged, as make and rsync would.
        renumberKeepingTime(file, anHourAgo);
        assertEquals(original, parseAgain(file), "the stamp is trusted");

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
        assertTrue(renumbered(parseAgain(file)), "a new modification time: read and parsed again");
    }

    @Test
    void aFileModifiedJustBeforeItWasStampedIsReadAgain() throws IOException {
        FileTime justNow = FileTime.from(Instant.now());
        Path file = sourceModifiedAt(justNow);
        buildOnce(file);

        // Changed within the clock's grain of the stamp, its modification time could read the same: not trusted.
        renumberKeepingTime(file, justNow);
        assertTrue(renumbered(parseAgain(file)));
    }

    @Test
    void damagedStampsAreAsIfThereWereNone() throws IOException {
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Path file = sourceModifiedAt(anHourAgo);
        buildOnce(file);
        Path stamps = tmp.resolve("cache").resolve(ParseCache.STAMPS);
        Files.write(stamps, Arrays.copyOf(Files.readAllBytes(stamps), 20)); // cut short

        renumberKeepingTime(file, anHourAgo);
        assertTrue(renumbered(parseAgain(file)), "no stamp trusted: the file was read");
    }

    @Test
    void aCleanBuildTrustsNothingKeptAndKeepsItsParsesForTheNext() throws IOException {
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Path file = sourceModifiedAt(anHourAgo);
        buildOnce(file);
        renumberKeepingTime(file, anHourAgo); // a stamp an incremental build would trust

        ParseCache clean = ParseCache.fresh(tmp.resolve("cache"), "v1");
        assertTrue(renumbered(clean.parse(file, "2024-14.txt", reader, parser).source()), "read and parsed afresh");
        clean.finish();
        assertEquals(1, entries().size(), "the old entry pruned, the new one kept");
        // Numbered back in place, size and time kept: were the file read again, it would not be renumbered.
        Files.writeString(file, Files.readString(file).replace("湘政发〔2024〕8号", "湘政发〔2024〕9号"));
        Files.setLastModifiedTime(file, anHourAgo);
        assertTrue(renumbered(parseAgain(file)), "the next build takes the clean build's parse, by the stamp it recorded");
    }

    private Path sourceModifiedAt(FileTime time) throws IOException {
        Path file = Files.copy(SEED, tmp.resolve("2024-14.txt"));
        Files.setLastModifiedTime(file, time);
        return file;
    }

    /** What a build does with the file: parses it through a cache, then records the cache for the next build. */
    private ParsedSource buildOnce(Path file) throws IOException {
        ParseCache cache = new ParseCache(tmp.resolve("cache"), "v1");
        ParsedSource parsed = cache.parse(file, "2024-14.txt", reader, parser).source();
        cache.finish();
        return parsed;
    }

    private ParsedSource parseAgain(Path file) throws IOException {
        return new ParseCache(tmp.resolve("cache"), "v1").parse(file, "2024-14.txt", reader, parser).source();
    }

    /** Rewrites the file in place with one 文号 changed (the same size) and its modification time put back. */
    @Test
    void theCodesVersionIsAFunctionOfItsClassFilesAndTheirNames() throws IOException {
        Path code = Files.createDirectories(tmp.resolve("code/org"));
        Files.write(code.resolve("A.class"), new byte[] {1, 2, 3});
        Files.write(code.resolve("B.class"), new byte[70_000]); // read in more than one piece
        Files.writeString(code.resolve("notes.txt"), "not code");
        String version = ParseCache.codeVersion(tmp.resolve("code"));
        assertEquals(version, ParseCache.codeVersion(tmp.resolve("code")), "the same code, the same version");

        Files.writeString(code.resolve("notes.txt"), "other notes");
        assertEquals(version, ParseCache.codeVersion(tmp.resolve("code")), "only class files count");
        byte[] changed = new byte[70_000];
        changed[69_999] = 1;
        Files.write(code.resolve("B.class"), changed);
        String other = ParseCache.codeVersion(tmp.resolve("code"));
        assertNotEquals(version, other, "a byte of a class changed");
        Files.move(code.resolve("A.class"), code.resolve("C.class"));
        assertNotEquals(other, ParseCache.codeVersion(tmp.resolve("code")), "a class renamed");

        Path jar = Files.write(tmp.resolve("gazette.jar"), changed);
        String jarVersion = ParseCache.codeVersion(jar);
        Files.write(jar, Arrays.copyOf(changed, changed.length + 1));
        assertNotEquals(jarVersion, ParseCache.codeVersion(jar), "a jar one byte longer");
    }

    private static void renumberKeepingTime(Path file, FileTime time) throws IOException {
        Files.writeString(file, Files.readString(file).replace("湘政发〔2024〕9号", "湘政发〔2024〕8号"));
        Files.setLastModifiedTime(file, time);
    }

    /** Whether the parse has the 文号 as {@link #renumberKeepingTime} rewrote it (the seed has other documents numbered 8). */
    private static boolean renumbered(ParsedSource parsed) {
        return parsed.documents().stream().anyMatch(d -> d.number() != null && d.number().normalized().equals("湘政发〔2024〕8号"));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(tmp.resolve("cache"))) { // entries are cache/ab/abcd…; the stamps are beside them
            return walk.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(tmp.resolve("cache"))).toList();
        }
    }
}
