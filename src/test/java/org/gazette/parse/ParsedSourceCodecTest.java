package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gazette.model.Block;
import org.gazette.model.ParsedSource;
import org.gazette.model.StoredBody;
import org.gazette.source.SourceReader;

class ParsedSourceCodecTest {

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/fixtures"))) {
            return dirs.map(d -> d.resolve("input.txt")).filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    private static ParsedSource parse(Path file) throws IOException {
        return new SourceParser().parse(new SourceReader().read(file, file.toString()), file.toString());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aParseReadBackIsEqualInEveryField(Path file) throws IOException {
        ParsedSource parsed = parse(file);
        assertTrue(parsed.documents().stream().anyMatch(d -> d.body().stream().anyMatch(Block.Division.class::isInstance)),
                "the fixture exercises nested blocks");
        assertEquals(parsed, ParsedSourceCodec.decode(ParsedSourceCodec.encode(parsed)));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void textsLeftInTheBytesAreReadFromThemWhenAskedFor(Path file) throws IOException {
        ParsedSource parsed = parse(file);
        ParsedSourceCodec.Encoded bytes = ParsedSourceCodec.encode(parsed);
        AtomicInteger reads = new AtomicInteger();
        assertEquals(parsed.documents().size(), bytes.texts().size(), "a text per document");
        ParsedSource deferred = ParsedSourceCodec.decode(bytes.parse(), text -> {
            reads.incrementAndGet();
            try {
                return ParsedSourceCodec.body(bytes.texts().get(text));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, null);
        for (int k = 0; k < parsed.documents().size(); k++) {
            List<Block> original = parsed.documents().get(k).body();
            List<Block> stored = deferred.documents().get(k).body();
            assertInstanceOf(StoredBody.class, stored);
            assertEquals(original.size(), stored.size());
            assertEquals(StoredBody.headings(original), StoredBody.headings(stored));
        }
        assertEquals(0, reads.get(), "sizes and headings known without reading a text");
        assertEquals(parsed, deferred, "every text, read when compared, is the parsed one");
        assertTrue(reads.get() >= parsed.documents().size());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void partsReadBackWithOneTableShareTheirStringsAndNotTheirTexts(Path file) throws IOException {
        ParsedSource parsed = parse(file);
        ParsedSourceCodec.Encoded bytes = ParsedSourceCodec.encode(parsed);
        ParsedSourceCodec.Bodies texts = text -> {
            try {
                return ParsedSourceCodec.body(bytes.texts().get(text));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        SharedStrings shared = new SharedStrings();
        ParsedSource one = ParsedSourceCodec.decode(bytes.parse(), texts, shared);
        ParsedSource other = ParsedSourceCodec.decode(bytes.parse(), texts, shared);
        assertEquals(parsed, one);
        assertEquals(parsed, other);
        assertSame(one.file(), other.file(), "one copy of the file's name");
        for (int k = 0; k < one.documents().size(); k++) {
            assertSame(one.documents().get(k).title(), other.documents().get(k).title());
            assertSame(one.documents().get(k).type(), other.documents().get(k).type());
        }
        for (int k = 0; k < one.diagnostics().size(); k++) {
            assertSame(one.diagnostics().get(k).file(), one.diagnostics().get(0).file(), "every diagnostic names its file in one string");
        }
        Block first = one.documents().get(0).body().get(0);
        Block again = other.documents().get(0).body().get(0);
        assertEquals(first, again);
        assertNotSame(first, again, "the texts are read afresh, each time, and let go");
        ParsedSource unshared = ParsedSourceCodec.decode(bytes.parse(), texts, null);
        assertEquals(parsed, unshared);
        assertNotSame(one.file(), unshared.file(), "without a table, strings of their own");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void cutOrLengthenedBytesAreAnErrorNotAParse(Path file) throws IOException {
        ParsedSourceCodec.Encoded encoded = ParsedSourceCodec.encode(parse(file));
        byte[] bytes = encoded.parse();
        List<byte[]> texts = encoded.texts();
        for (int cut : List.of(0, 3, 4, 9, bytes.length / 3, bytes.length / 2, bytes.length - 1)) {
            byte[] prefix = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class, () -> ParsedSourceCodec.decode(new ParsedSourceCodec.Encoded(prefix, texts)),
                    "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> ParsedSourceCodec.decode(new ParsedSourceCodec.Encoded(longer, texts)));
        byte[] otherMagic = bytes.clone();
        otherMagic[0] ^= 1;
        assertThrows(IOException.class, () -> ParsedSourceCodec.decode(new ParsedSourceCodec.Encoded(otherMagic, texts)));
        byte[] longest = texts.stream().max(java.util.Comparator.comparingInt(t -> t.length)).orElseThrow();
        for (int cut : List.of(0, 3, longest.length / 2, longest.length - 1)) {
            List<byte[]> withCut = texts.stream().map(t -> t == longest ? Arrays.copyOf(t, cut) : t).toList();
            assertThrows(IOException.class, () -> ParsedSourceCodec.decode(new ParsedSourceCodec.Encoded(bytes, withCut)),
                    "a text cut at " + cut);
        }
        List<byte[]> lengthened = texts.stream().map(t -> t == longest ? Arrays.copyOf(t, t.length + 1) : t).toList();
        assertThrows(IOException.class, () -> ParsedSourceCodec.decode(new ParsedSourceCodec.Encoded(bytes, lengthened)));
        assertThrows(IOException.class, () -> ParsedSourceCodec.decode(new ParsedSourceCodec.Encoded(bytes, texts.subList(1, texts.size()))),
                "a text missing");
    }
}
