package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened (or is announced) on a date, and the articles that report it.
 *
 * <p>{@code sources} are article slugs; a curated event of {@code chronologie.yaml} may have none.
 */
public record Event(EventDate date, String title, String place, String description, List<Slug> sources) {

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        place = place == null ? "" : place;
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
    }
}
