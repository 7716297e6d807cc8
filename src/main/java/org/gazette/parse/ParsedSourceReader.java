package org.gazette.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.gazette.model.RegistrationCode;
import org.gazette.model.Severity;
import org.gazette.model.StoredBody;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;
import org.gazette.model.Validity;

/** The reading half of {@link ParsedSourceCodec}, in the same order as {@link ParsedSourceWriter}. */
final class ParsedSourceReader {

    private static final Block.Kind[] KINDS = Block.Kind.values();
    private static final Appointment.Action[] ACTIONS = Appointment.Action.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final DocumentNumber.Form[] FORMS = DocumentNumber.Form.values();

    final ByteBuffer buffer;
    private final ParsedSourceCodec.Bodies bodies;
    private final boolean now;
    private final SharedStrings shared;
    /**
     * The characters of the string being read, in one array for all of this reader's strings (each
     * then copied into its string): an array of its own for each string was 0.9 of the 35 GB a full
     * build of the benchmark archive allocated (it reads each text about four times).
     */
    private char[] chars = new char[64];
    /**
     * The buffer seen as characters from its even bytes and from its odd ones, made once: a view for
     * each string was 0.6 GB of a full build's (44 MB when an issue is added).
     */
    private CharBuffer[] charViews;

    /**
     * @param now    read the documents' texts with {@code bodies} now, else when they are asked for
     * @param shared where the strings read are shared with other parses', or null
     */
    ParsedSourceReader(ByteBuffer buffer, ParsedSourceCodec.Bodies bodies, boolean now, SharedStrings shared) {
        this.buffer = buffer;
        this.bodies = bodies;
        this.now = now;
        this.shared = shared;
    }

    String string() {
        String s = fresh();
        return shared == null ? s : shared.of(s);
    }

    private String fresh() {
        int length = buffer.getInt();
        if (length < 0) return null;
        if (length > buffer.remaining() / 2) throw new IllegalArgumentException("a string of " + length);
        if (length > chars.length) chars = new char[Math.max(length, 2 * chars.length)];
        int at = buffer.position();
        if (charViews == null) charViews = new CharBuffer[] {charsFrom(0), charsFrom(1)};
        charViews[at % 2].get(at / 2, chars, 0, length);
        buffer.position(at + 2 * length);
        return new String(chars, 0, length);
    }

    private CharBuffer charsFrom(int offset) {
        return buffer.duplicate().order(buffer.order()).position(offset).asCharBuffer();
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

    /** A document's 有效期, as {@link ParsedSourceWriter} writes it: its years, then its last day (one of them, or neither). */
    Validity validity() {
        Integer years = nullableInteger();
        LocalDate until = date();
        return years != null ? Validity.years(years) : until != null ? Validity.until(until) : null;
    }

    Integer nullableInteger() {
        return present() ? buffer.getInt() : null;
    }

    <T> T nullable(Function<ParsedSourceReader, T> read) {
        return present() ? read.apply(this) : null;
    }

    <T> List<T> list(Function<ParsedSourceReader, T> read) {
        int size = buffer.getInt();
        if (size < 0 || size > buffer.remaining()) throw new IllegalArgumentException("a list of " + size);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(read.apply(this));
        return values;
    }

    IssueMasthead masthead() {
        return new IssueMasthead(string(), string(), integer(), string(), string(), date(), integer(), string());
    }

    TableOfContents toc() {
        return new TableOfContents(integer(), list(ParsedSourceReader::string), list(ParsedSourceReader::tocEntry));
    }

    TocEntry tocEntry() {
        return new TocEntry(string(), string(), nullable(ParsedSourceReader::number), nullable(ParsedSourceReader::registration), nullable(ParsedSourceReader::order),
                nullableInteger(), integer());
    }

    DocumentNumber number() {
        return new DocumentNumber(string(), string(), integer(), integer(), FORMS[integer()]);
    }

    RegistrationCode registration() {
        return new RegistrationCode(string(), string(), integer(), string());
    }

    OrderNumber order() {
        return new OrderNumber(string(), string(), integer(), integer());
    }

    Citation citation() {
        return new Citation(string(), nullable(ParsedSourceReader::number), nullable(ParsedSourceReader::order), integer());
    }

    Attachment attachment() {
        return new Attachment(string(), string(), integer());
    }

    Document document() {
        return new Document(string(), string(), nullable(ParsedSourceReader::number), nullable(ParsedSourceReader::registration), nullable(ParsedSourceReader::order),
                list(ParsedSourceReader::string), string(), date(), string(), validity(), list(ParsedSourceReader::citation),
                list(ParsedSourceReader::citation), list(ParsedSourceReader::attachment), list(ParsedSourceReader::citation), nullable(ParsedSourceReader::citation), string(), integer(), integer(),
                body());
    }

    List<Block> body() {
        List<String> headings = list(ParsedSourceReader::string);
        String anchors = string();
        int size = buffer.getInt();
        int text = buffer.getInt();
        if (size < 0 || text < 0) throw new IllegalArgumentException("text " + text + " of " + size + " blocks");
        ParsedSourceCodec.Bodies read = bodies;
        if (now) return read.at(text);
        return new StoredBody(size, headings, anchors, () -> read.at(text));
    }

    Block block() {
        return switch (buffer.get()) {
            case 0 -> new Block.Division(KINDS[integer()], string(), string(), string(), integer(), list(ParsedSourceReader::block));
            case 1 -> new Block.Paragraph(string(), integer());
            case 2 -> new Block.Heading(string(), integer());
            case 3 -> new Block.Table(list(ParsedSourceReader::string), list(in -> in.list(ParsedSourceReader::string)), integer());
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
