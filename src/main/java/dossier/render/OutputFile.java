package dossier.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One file of the built site: where it goes, its bytes, and what the sitemap needs to know.
 *
 * <p>Every HTML page is listed in the sitemap unless made {@link #unlisted()} (redirects, 404),
 * so a new kind of page is listed without touching {@link Sitemap}; {@code lastChange} is null
 * when the page has no date of its own (the sitemap then uses the dossier's latest change).
 */
public record OutputFile(SitePath path, Supplier<byte[]> source, boolean listed, LocalDate lastChange) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    public OutputFile(SitePath path, byte[] bytes) {
        this(path, new Held(bytes), true, null);
    }

    public static OutputFile text(SitePath path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file whose bytes are made only when asked, each time: the site writer asks once, as it
     * writes, so the 10,000 preview images of a large dossier never all sit in memory together.
     * {@code making} must be thread-safe and give the same bytes every time.
     */
    public static OutputFile made(SitePath path, Supplier<byte[]> making) {
        return new OutputFile(path, making, true, null);
    }

    /**
     * A file made only when asked, like {@link #made}, that a site holding already need not make:
     * any file starting with the {@code signature}'s head and ending with its tail is this one.
     */
    public static OutputFile signed(SitePath path, Signature signature, Supplier<byte[]> making) {
        return new OutputFile(path, new Signed(signature, making), true, null);
    }

    /** What tells this file from any other without making it, for a {@link #signed} file. */
    public Optional<Signature> signature() {
        return source instanceof Signed signed ? Optional.of(signed.signature()) : Optional.empty();
    }

    /** The file's bytes; for a {@link #made} file, made now. */
    public byte[] bytes() {
        return source.get();
    }

    /** The same file with its bytes made and held, for whoever keeps files to serve them again. */
    public OutputFile held() {
        return source instanceof Held ? this : new OutputFile(path, new Held(source.get()), listed, lastChange);
    }

    /** The same file, kept out of the sitemap. */
    public OutputFile unlisted() {
        return new OutputFile(path, source, false, lastChange);
    }

    /** The same file, with the date its content last changed. */
    public OutputFile changedOn(LocalDate date) {
        return new OutputFile(path, source, listed, date);
    }

    /** True for an HTML page the sitemap names: a page path, not made unlisted. */
    public boolean inSitemap() {
        return listed && path.isPage();
    }

    /**
     * The first and last bytes of a file, when no other file has both: the head holds a key of
     * everything the bytes are made from. Read them, never change them.
     */
    public record Signature(byte[] head, byte[] tail) {
        public Signature {
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(tail, "tail");
        }

        /** How many bytes a file has at least to hold the signature. */
        public int length() {
            return head.length + tail.length;
        }
    }

    /** Bytes made when asked, by a file with a signature. */
    private record Signed(Signature signature, Supplier<byte[]> making) implements Supplier<byte[]> {
        @Override
        public byte[] get() {
            return making.get();
        }
    }

    /** Bytes made already. */
    private record Held(byte[] bytes) implements Supplier<byte[]> {
        Held {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public byte[] get() {
            return bytes;
        }
    }
}
