package dossier.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes a page: a buffer each thread keeps from page to page, unsynchronized, so
 * 10,000 pages neither grow and throw away a buffer each (2 GB of garbage at 10,000 articles with a
 * fresh {@link java.io.StringWriter} per page) nor take a lock for each of their thousands of writes.
 * Pebble writes numbers and strings straight into it, as it does into a {@code StringWriter}. The page
 * leaves it as UTF-8 bytes made from its chars ({@link #utf8}), with no {@code String} copy between.
 */
final class PageWriter extends Writer implements SpecializedWriter {

    /** A buffer past this is not kept for the next page: one huge page must not hold its memory for the rest of the build. */
    private static final int KEPT_CHARS = 1 << 20;
    /** The thread's spare writer; emptied while it is in use, so a render started inside a render gets a writer of its own. */
    private static final ThreadLocal<PageWriter> SPARE = new ThreadLocal<>();

    private char[] chars = new char[32 * 1024];
    private int length;
    /** Where {@link #utf8} encodes the chars before copying them out: three bytes a char, kept with the chars. */
    private byte[] encoded = new byte[0];

    private PageWriter() {
    }

    /** The thread's spare writer, empty, or a new one when it is in use. */
    static PageWriter take() {
        var writer = SPARE.get();
        if (writer == null) {
            return new PageWriter();
        }
        SPARE.set(null);
        writer.length = 0;
        return writer;
    }

    /** Hands the writer back for the thread's next page, unless it grew too large to keep. */
    void giveBack() {
        if (chars.length <= KEPT_CHARS) {
            SPARE.set(this);
        }
    }

    @Override
    public void write(int c) {
        room(1);
        chars[length++] = (char) c;
    }

    @Override
    public void write(char[] source, int offset, int count) {
        room(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int count) {
        room(count);
        string.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public Writer append(CharSequence text) {
        // "null" for null, as StringBuilder and Writer write it
        write(String.valueOf(text));
        return this;
    }

    @Override
    public void writeSpecialized(int i) {
        write(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(c);
    }

    @Override
    public void writeSpecialized(String s) {
        write(String.valueOf(s));
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page written so far, as UTF-8. */
    byte[] utf8() {
        if (encoded.length < length * 3) {
            encoded = new byte[chars.length * 3];
        }
        return Utf8Bytes.of(chars, length, encoded);
    }

    /** The page written so far. */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
