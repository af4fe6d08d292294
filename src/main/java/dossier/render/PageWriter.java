package dossier.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;

/**
 * Where a template writes a page: a buffer each thread keeps from page to page, unsynchronized, so
 * 10,000 pages neither grow and throw away a buffer each (2 GB of garbage at 10,000 articles with a
 * fresh {@link java.io.StringWriter} per page) nor take a lock for each of their thousands of writes.
 * Pebble writes numbers and strings straight into it, as it does into a {@code StringWriter}.
 */
final class PageWriter extends Writer implements SpecializedWriter {

    /** A buffer past this is not kept for the next page: one huge page must not hold its memory for the rest of the build. */
    private static final int KEPT_CHARS = 1 << 20;
    /** The thread's spare writer; emptied while it is in use, so a render started inside a render gets a writer of its own. */
    private static final ThreadLocal<PageWriter> SPARE = new ThreadLocal<>();

    private final StringBuilder text = new StringBuilder(32 * 1024);

    private PageWriter() {
    }

    /** The thread's spare writer, empty, or a new one when it is in use. */
    static PageWriter take() {
        var writer = SPARE.get();
        if (writer == null) {
            return new PageWriter();
        }
        SPARE.set(null);
        writer.text.setLength(0);
        return writer;
    }

    /** Hands the writer back for the thread's next page, unless it grew too large to keep. */
    void giveBack() {
        if (text.capacity() <= KEPT_CHARS) {
            SPARE.set(this);
        }
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void writeSpecialized(int i) {
        text.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
        text.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
        text.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
        text.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
        text.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
        text.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
        text.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
        text.append(s);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page written so far. */
    @Override
    public String toString() {
        return text.toString();
    }
}
