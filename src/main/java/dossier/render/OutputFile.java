package dossier.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One file of the built site: where it goes, its bytes, and what the sitemap needs to know.
 *
 * <p>Every HTML page is listed in the sitemap unless made {@link #unlisted()} (redirects, 404),
 * so a new kind of page is listed without touching {@link Sitemap}; {@code lastChange} is null
 * when the page has no date of its own (the sitemap then uses the dossier's latest change).
 */
public record OutputFile(SitePath path, byte[] bytes, boolean listed, LocalDate lastChange) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }

    public OutputFile(SitePath path, byte[] bytes) {
        this(path, bytes, true, null);
    }

    public static OutputFile text(SitePath path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same file, kept out of the sitemap. */
    public OutputFile unlisted() {
        return new OutputFile(path, bytes, false, lastChange);
    }

    /** The same file, with the date its content last changed. */
    public OutputFile changedOn(LocalDate date) {
        return new OutputFile(path, bytes, listed, date);
    }

    /** True for an HTML page the sitemap names: a page path, not made unlisted. */
    public boolean inSitemap() {
        return listed && path.isPage();
    }
}
