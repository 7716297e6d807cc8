package org.gazette.parse;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

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
import org.gazette.model.StoredBody;
import org.gazette.model.TableOfContents;
import org.gazette.model.TocEntry;

/** The writing half of {@link ParsedSourceCodec}: a growing buffer, a method per record. */
final class ParsedSourceWriter {

    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    /** The documents' texts, each encoded alone, in the order written; null in a text's own writer. */
    private final List<byte[]> texts;
    /** Writes each text in turn, its buffer used again. */
    private ParsedSourceWriter text;

    /** @param texts where the documents' texts go, each as bytes of its own */
    ParsedSourceWriter(List<byte[]> texts) {
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
        string(m.unit());
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
        putInt(n.form().ordinal());
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
        putInt(o.year());
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
        integer(d.validity() == null ? null : d.validity().years());
        date(d.validity() == null ? null : d.validity().until());
        list(d.repeals(), this::citation);
        list(d.amends(), this::citation);
        list(d.attachments(), this::attachment);
        list(d.cites(), this::citation);
        nullable(d.explains(), this::citation);
        string(d.section());
        putInt(d.startLine());
        putInt(d.endLine());
        body(d.body());
    }

    /**
     * A body: here its top-level headings, its anchors, its size and which of the texts it is; there
     * its blocks, bytes of their own.
     */
    void body(List<Block> body) {
        list(StoredBody.headings(body), this::string);
        string(StoredBody.joined(body));
        putInt(body.size());
        putInt(texts.size());
        if (text == null) text = new ParsedSourceWriter(null);
        text.buffer.clear();
        text.list(body, text::block);
        texts.add(text.bytes());
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
