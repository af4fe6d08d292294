package dossier.site;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One message of the Nu Html Checker about one page.
 *
 * @param file    the page, relative to the checked site folder
 * @param line    1-based line of the page, or 0 when the checker gave none
 * @param column  1-based column, or 0 when the checker gave none
 * @param type    how serious the checker thinks it is
 * @param message the checker's own words, e.g. {@code Stray end tag “span”.}
 */
public record HtmlMessage(Path file, int line, int column, Type type, String message) {

    /** The checker's kinds of message; an {@code INFO} only adds context to another message. */
    public enum Type { ERROR, WARNING, INFO }

    public HtmlMessage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    /** {@code articles/x/index.html:12:5: error: Stray end tag “span”.}, like a compiler. */
    @Override
    public String toString() {
        return SiteFiles.slashed(file) + ":" + line + ":" + column + ": "
                + type.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
