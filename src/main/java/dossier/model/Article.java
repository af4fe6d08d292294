package dossier.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One article of the dossier, as written in {@code content/articles/}: its metadata and its
 * Markdown body. {@code file} is relative to the project, for messages; {@code bodyLine} is
 * the file line the body starts on. A tag is carried once, however often the file names it: tag
 * pages, related articles and the preview's rankings all count each tag once.
 */
public record Article(
        Slug slug,
        Path file,
        String title,
        LocalDate date,
        LocalDate updated,
        Source source,
        String author,
        List<Slug> tags,
        String summary,
        List<Event> events,
        List<Slug> aliases,
        boolean draft,
        String markdown,
        int bodyLine) {

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        source = source == null ? Source.UNKNOWN : source;
        author = author == null ? "" : author;
        summary = summary == null ? "" : summary;
        markdown = markdown == null ? "" : markdown;
        tags = List.copyOf(new LinkedHashSet<>(tags));
        events = List.copyOf(events);
        aliases = List.copyOf(aliases);
    }

    /** The date of the last change: {@code updated} when given, else the publication date. */
    public LocalDate lastChange() {
        return updated != null && updated.isAfter(date) ? updated : date;
    }
}
