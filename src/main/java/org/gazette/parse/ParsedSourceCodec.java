package org.gazette.parse;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.gazette.model.Appointment;
import org.gazette.model.AppointmentNote;
import org.gazette.model.Attachment;
import org.gazette.model.Block;
import org.gazette.model.Citation;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.DocumentNumber;
import org.gazette.model.IssueMasthead;
import org.gazette.model.OrderNumber;
import org.gazette.model.ParsedSource;
import org.gazette.model.RegistrationCode;
import org.gazette.model.Severity;
import org.gazette.model.StoredBody;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;

/**
 * A {@link ParsedSource} as bytes, for the {@link ParseCache}: every record field by field, strings
 * as UTF-16 code units, nulls and list sizes marked. Java serialisation did the same job six
 * times slower (6.7 s of CPU to read back the parses of 337 MB of gazette text, against 1.1 s;
 * {@code bench/README.md}): it describes every class in every stream and builds records
 * reflectively. Documents' texts are written apart from the rest ({@link Encoded}), so that a
 * parse can be read without them and each text later ({@link StoredBody}). There is no
 * compatibility between versions to keep: cache entries are
 * keyed by the code's identity, so an entry is only ever read by the code that wrote it. Each
 * record is written and read by one pair of methods here, and the reader calls the record's
 * canonical constructor, so a field added to the model does not compile until it is added here.
 */
final class ParsedSourceCodec {

    private static final int MAGIC = 0x475a5054; // "GZPT"

    private ParsedSourceCodec() {
    }

    /**
     * A parse as bytes, in two parts: the parse, and its documents' texts (正文), which the parse
     * refers to by position so that it can be read without them.
     */
    record Encoded(byte[] parse, byte[] texts) {
    }

    static Encoded encode(ParsedSource s) {
        Out out = new Out(new Out(null));
        out.putInt(MAGIC);
        out.string(s.file());
        out.nullable(s.issue(), out::masthead);
        out.nullable(s.toc(), out::toc);
        out.list(s.documents(), out::document);
        out.list(s.appointments(), out::appointment);
        out.list(s.appointmentNotes(), out::appointmentNote);
        out.list(s.diagnostics(), out::diagnostic);
        return new Encoded(out.bytes(), out.texts.bytes());
    }

    /** Reads the blocks of the document's text at a position of the texts' bytes ({@link Encoded#texts}). */
    interface Bodies {
        List<Block> at(int position);
    }

    /** The parse in the bytes, texts and all; an {@link IOException} when they are not one written by {@link #encode}. */
    static ParsedSource decode(Encoded bytes) throws IOException {
        return decode(bytes.parse(), position -> {
            try {
                return body(bytes.texts(), position);
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, true);
    }

    /**
     * The parse in the bytes, its documents' texts left where they are: each a {@link StoredBody}
     * read by {@code bodies} when asked for.
     */
    static ParsedSource decode(byte[] parse, Bodies bodies) throws IOException {
        return decode(parse, bodies, false);
    }

    private static ParsedSource decode(byte[] bytes, Bodies bodies, boolean now) throws IOException {
        try {
            In in = new In(ByteBuffer.wrap(bytes), bodies, now);
            if (in.buffer.getInt() != MAGIC) throw new IOException("not a parse");
            ParsedSource s = new ParsedSource(in.string(), in.nullable(In::masthead), in.nullable(In::toc),
                    in.list(In::document), in.list(In::appointment), in.list(In::appointmentNote), in.list(In::diagnostic));
            if (in.buffer.hasRemaining()) throw new IOException("bytes after the parse");
            return s;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("a damaged parse", e);
        }
    }

    /** The writing half: a growing buffer. */
    private static final class Out {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        /** Where the documents' texts go; null in the texts' own buffer. */
        private final Out texts;

        Out(Out texts) {
            this.texts = texts;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer.array(), buffer.position());
        }

        private void room(int bytes) {
            if (buffer.remaining() >= bytes) return;
            ByteBuffer grown = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            grown.put(buffer.flip());
            buffer = grown;
        }

        void putInt(int i) {
            room(4);
            buffer.putInt(i);
        }

        void flag(boolean present) {
            room(1);
            buffer.put((byte) (present ? 1 : 0));
        }

        void string(String s) {
            if (s == null) {
                putInt(-1);
                return;
            }
            putInt(s.length());
            room(2 * s.length());
            buffer.asCharBuffer().put(s);
            buffer.position(buffer.position() + 2 * s.length());
        }

        void date(LocalDate d) {
            flag(d != null);
            if (d != null) putInt((int) d.toEpochDay());
        }

        void integer(Integer i) {
            flag(i != null);
            if (i != null) putInt(i);
        }

        <T> void nullable(T value, Consumer<T> write) {
            flag(value != null);
            if (value != null) write.accept(value);
        }

        <T> void list(List<T> values, Consumer<T> write) {
            putInt(values.size());
            values.forEach(write);
        }

        void masthead(IssueMasthead m) {
            string(m.gazetteName());
            string(m.publisher());
            putInt(m.year());
            string(m.number());
            string(m.cumulative());
            date(m.published());
            putInt(m.line());
        }

        void toc(TableOfContents t) {
            putInt(t.line());
            list(t.sections(), this::string);
            list(t.entries(), this::tocEntry);
        }

        void tocEntry(TocEntry e) {
            string(e.section());
            string(e.title());
            nullable(e.number(), this::number);
            nullable(e.registration(), this::registration);
            nullable(e.order(), this::order);
            integer(e.page());
            putInt(e.line());
        }

        void number(DocumentNumber n) {
            string(n.source());
            string(n.agency());
            putInt(n.year());
            putInt(n.serial());
        }

        void registration(RegistrationCode r) {
            string(r.source());
            string(r.prefix());
            putInt(r.year());
            string(r.serial());
        }

        void order(OrderNumber o) {
            string(o.source());
            string(o.issuer());
            putInt(o.number());
        }

        void citation(Citation c) {
            string(c.title());
            nullable(c.number(), this::number);
            nullable(c.order(), this::order);
            putInt(c.line());
        }

        void attachment(Attachment a) {
            string(a.label());
            string(a.title());
            putInt(a.startLine());
        }

        void document(Document d) {
            string(d.title());
            string(d.type());
            nullable(d.number(), this::number);
            nullable(d.registration(), this::registration);
            nullable(d.order(), this::order);
            list(d.issuers(), this::string);
            string(d.addressees());
            date(d.signed());
            string(d.effective());
            integer(d.validityYears());
            list(d.repeals(), this::citation);
            list(d.attachments(), this::attachment);
            list(d.cites(), this::citation);
            nullable(d.explains(), this::citation);
            string(d.section());
            putInt(d.startLine());
            putInt(d.endLine());
            body(d.body());
        }

        /**
         * A body: here its top-level headings, its size and where its blocks are in the texts; there
         * the length of its blocks in bytes, then the blocks.
         */
        void body(List<Block> body) {
            list(StoredBody.headings(body), this::string);
            putInt(body.size());
            putInt(texts.buffer.position());
            int at = texts.buffer.position();
            texts.putInt(0);
            texts.list(body, texts::block);
            texts.buffer.putInt(at, texts.buffer.position() - at - 4);
        }

        void block(Block b) {
            room(1);
            if (b instanceof Block.Division d) {
                buffer.put((byte) 0);
                putInt(d.kind().ordinal());
                string(d.label());
                string(d.heading());
                string(d.anchor());
                putInt(d.line());
                list(d.children(), this::block);
            } else if (b instanceof Block.Paragraph p) {
                buffer.put((byte) 1);
                string(p.text());
                putInt(p.line());
            } else if (b instanceof Block.Heading h) {
                buffer.put((byte) 2);
                string(h.text());
                putInt(h.line());
            } else if (b instanceof Block.Table t) {
                buffer.put((byte) 3);
                list(t.header(), this::string);
                list(t.rows(), row -> list(row, this::string));
                putInt(t.line());
            } else if (b instanceof Block.Preformatted p) {
                buffer.put((byte) 4);
                string(p.text());
                putInt(p.line());
            } else {
                throw new IllegalStateException("a block the cache cannot write: " + b.getClass());
            }
        }

        void appointment(Appointment a) {
            string(a.docNumber());
            string(a.person());
            string(a.gender());
            putInt(a.action().ordinal());
            string(a.position());
            string(a.organization());
            string(a.post());
            string(a.probation());
            string(a.term());
            date(a.signed());
            string(a.jurisdiction());
            string(a.file());
            putInt(a.line());
        }

        void appointmentNote(AppointmentNote n) {
            string(n.docNumber());
            string(n.text());
            putInt(n.line());
        }

        void diagnostic(Diagnostic d) {
            string(d.file());
            putInt(d.line());
            putInt(d.severity().ordinal());
            string(d.code());
            string(d.message());
        }
    }

    /** The blocks of the text that starts at {@code position} of the texts' bytes ({@link Encoded#texts}). */
    static List<Block> body(byte[] texts, int position) throws IOException {
        try {
            In in = new In(ByteBuffer.wrap(texts), null, true);
            int length = in.buffer.position(position).getInt();
            List<Block> blocks = List.copyOf(in.list(In::block));
            if (in.buffer.position() != position + 4 + length) throw new IOException("a text of another length");
            return blocks;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("a damaged text", e);
        }
    }

    /** The reading half, in the same order as {@link Out}. */
    private static final class In {
        private static final Block.Kind[] KINDS = Block.Kind.values();
        private static final Appointment.Action[] ACTIONS = Appointment.Action.values();
        private static final Severity[] SEVERITIES = Severity.values();

        final ByteBuffer buffer;
        private final Bodies bodies;
        private final boolean now;

        /** @param now read the documents' texts with {@code bodies} now, else when they are asked for */
        In(ByteBuffer buffer, Bodies bodies, boolean now) {
            this.buffer = buffer;
            this.bodies = bodies;
            this.now = now;
        }

        String string() {
            int length = buffer.getInt();
            if (length < 0) return null;
            if (length > buffer.remaining() / 2) throw new IllegalArgumentException("a string of " + length);
            char[] chars = new char[length];
            buffer.asCharBuffer().get(chars);
            buffer.position(buffer.position() + 2 * length);
            return new String(chars);
        }

        int integer() {
            return buffer.getInt();
        }

        boolean present() {
            return buffer.get() != 0;
        }

        LocalDate date() {
            return present() ? LocalDate.ofEpochDay(buffer.getInt()) : null;
        }

        Integer nullableInteger() {
            return present() ? buffer.getInt() : null;
        }

        <T> T nullable(Function<In, T> read) {
            return present() ? read.apply(this) : null;
        }

        <T> List<T> list(Function<In, T> read) {
            int size = buffer.getInt();
            if (size < 0 || size > buffer.remaining()) throw new IllegalArgumentException("a list of " + size);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) values.add(read.apply(this));
            return values;
        }

        IssueMasthead masthead() {
            return new IssueMasthead(string(), string(), integer(), string(), string(), date(), integer());
        }

        TableOfContents toc() {
            return new TableOfContents(integer(), list(In::string), list(In::tocEntry));
        }

        TocEntry tocEntry() {
            return new TocEntry(string(), string(), nullable(In::number), nullable(In::registration), nullable(In::order),
                    nullableInteger(), integer());
        }

        DocumentNumber number() {
            return new DocumentNumber(string(), string(), integer(), integer());
        }

        RegistrationCode registration() {
            return new RegistrationCode(string(), string(), integer(), string());
        }

        OrderNumber order() {
            return new OrderNumber(string(), string(), integer());
        }

        Citation citation() {
            return new Citation(string(), nullable(In::number), nullable(In::order), integer());
        }

        Attachment attachment() {
            return new Attachment(string(), string(), integer());
        }

        Document document() {
            return new Document(string(), string(), nullable(In::number), nullable(In::registration), nullable(In::order),
                    list(In::string), string(), date(), string(), nullableInteger(), list(In::citation),
                    list(In::attachment), list(In::citation), nullable(In::citation), string(), integer(), integer(),
                    body());
        }

        List<Block> body() {
            List<String> headings = list(In::string);
            int size = buffer.getInt();
            int position = buffer.getInt();
            if (size < 0 || position < 0) throw new IllegalArgumentException("a text of " + size + " blocks at " + position);
            Bodies read = bodies;
            if (now) return read.at(position);
            return new StoredBody(size, headings, () -> read.at(position));
        }

        Block block() {
            return switch (buffer.get()) {
                case 0 -> new Block.Division(KINDS[integer()], string(), string(), string(), integer(), list(In::block));
                case 1 -> new Block.Paragraph(string(), integer());
                case 2 -> new Block.Heading(string(), integer());
                case 3 -> new Block.Table(list(In::string), list(in -> in.list(In::string)), integer());
                case 4 -> new Block.Preformatted(string(), integer());
                default -> throw new IllegalArgumentException("no such block");
            };
        }

        Appointment appointment() {
            return new Appointment(string(), string(), string(), ACTIONS[integer()], string(), string(), string(),
                    string(), string(), date(), string(), string(), integer());
        }

        AppointmentNote appointmentNote() {
            return new AppointmentNote(string(), string(), integer());
        }

        Diagnostic diagnostic() {
            return new Diagnostic(string(), integer(), SEVERITIES[integer()], string(), string());
        }
    }
}
