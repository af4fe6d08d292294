package dossier.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened (or is announced) on a date, and the articles that report it.
 *
 * <p>{@code sources} are article slugs; a curated event of {@code chronologie.yaml} may have none.
 * {@code file} and {@code line} say where the event was first written, so a conflict between two
 * reports of it can name both places; a line of 0 means unknown.
 */
public record Event(EventDate date, String title, String place, String description, List<Slug> sources,
        Path file, int line) {

    private static final Path NOWHERE = Path.of("");

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        place = place == null ? "" : place;
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        file = file == null ? NOWHERE : file;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    /** An event whose place in the content is not known (built in code, as tests do). */
    public Event(EventDate date, String title, String place, String description, List<Slug> sources) {
        this(date, title, place, description, sources, null, 0);
    }

    /** Where the event was written, as problems print it: {@code content/articles/x.md:12}. */
    public String where() {
        var shown = file.toString().replace('\\', '/');
        return line > 0 ? shown + ":" + line : shown;
    }
}
