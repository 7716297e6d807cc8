package org.gazette.parse;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.gazette.model.Block;
import org.gazette.model.ParsedSource;
import org.gazette.model.StoredBody;

/**
 * A {@link ParsedSource} as bytes, for the {@link ParseCache}: every record field by field, strings
 * as UTF-16 code units, nulls and list sizes marked. Java serialisation did the same job six
 * times slower (6.7 s of CPU to read back the parses of 337 MB of gazette text, against 1.1 s;
 * {@code bench/README.md}): it describes every class in every stream and builds records
 * reflectively. Documents' texts are written apart from the rest and from each other
 * ({@link Encoded}), so that a parse can be read without them and each text later, alone
 * ({@link StoredBody}). There is no
 * compatibility between versions to keep: cache entries are
 * keyed by the code's identity, so an entry is only ever read by the code that wrote it. Each
 * record is written and read by one pair of methods, and the reader calls the record's
 * canonical constructor, so a field added to the model does not compile until it is added there
 * ({@link ParsedSourceWriter}, {@link ParsedSourceReader}).
 */
final class ParsedSourceCodec {

    private static final int MAGIC = 0x475a5054; // "GZPT"

    private ParsedSourceCodec() {
    }

    /**
     * A parse as bytes: the parse, and its documents' texts (正文), each as bytes of its own, which
     * the parse refers to by their place in the list so that it can be read without them.
     */
    record Encoded(byte[] parse, List<byte[]> texts) {
    }

    static Encoded encode(ParsedSource s) {
        List<byte[]> texts = new ArrayList<>();
        ParsedSourceWriter out = new ParsedSourceWriter(texts);
        out.putInt(MAGIC);
        out.string(s.file());
        out.nullable(s.issue(), out::masthead);
        out.nullable(s.toc(), out::toc);
        out.list(s.documents(), out::document);
        out.list(s.appointments(), out::appointment);
        out.list(s.appointmentNotes(), out::appointmentNote);
        out.list(s.diagnostics(), out::diagnostic);
        return new Encoded(out.bytes(), List.copyOf(texts));
    }

    /** Reads the blocks of a document's text, given its place among the texts ({@link Encoded#texts}). */
    interface Bodies {
        List<Block> at(int text);
    }

    /** The parse in the bytes, texts and all; an {@link IOException} when they are not one written by {@link #encode}. */
    static ParsedSource decode(Encoded bytes) throws IOException {
        return decode(bytes.parse(), text -> {
            try {
                return body(bytes.texts().get(text));
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, true, null);
    }

    /**
     * The parse in the bytes, its documents' texts left where they are: each a {@link StoredBody}
     * read by {@code bodies} when asked for.
     *
     * @param shared where its strings are shared with other parses', or null
     */
    static ParsedSource decode(byte[] parse, Bodies bodies, SharedStrings shared) throws IOException {
        return decode(parse, bodies, false, shared);
    }

    private static ParsedSource decode(byte[] bytes, Bodies bodies, boolean now, SharedStrings shared) throws IOException {
        try {
            ParsedSourceReader in = new ParsedSourceReader(ByteBuffer.wrap(bytes), bodies, now, shared);
            if (in.buffer.getInt() != MAGIC) throw new IOException("not a parse");
            ParsedSource s = new ParsedSource(in.string(), in.nullable(ParsedSourceReader::masthead),
                    in.nullable(ParsedSourceReader::toc), in.list(ParsedSourceReader::document),
                    in.list(ParsedSourceReader::appointment), in.list(ParsedSourceReader::appointmentNote),
                    in.list(ParsedSourceReader::diagnostic));
            if (in.buffer.hasRemaining()) throw new IOException("bytes after the parse");
            return s;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("a damaged parse", e);
        }
    }

    /** The blocks of a text ({@link Encoded#texts}): an {@link IOException} when the bytes are not one text's. */
    static List<Block> body(byte[] text) throws IOException {
        try {
            ParsedSourceReader in = new ParsedSourceReader(ByteBuffer.wrap(text), null, true, null);
            List<Block> blocks = List.copyOf(in.list(ParsedSourceReader::block));
            if (in.buffer.hasRemaining()) throw new IOException("bytes after the text");
            return blocks;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("a damaged text", e);
        }
    }
}
