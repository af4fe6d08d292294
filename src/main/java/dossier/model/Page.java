package dossier.model;

import java.nio.file.Path;
import java.util.Objects;

/** A standalone page of {@code content/pages/} (à propos, méthode), published at {@code <slug>/}. */
public record Page(Slug slug, Path file, String title, String summary, String markdown, int bodyLine) {

    public Page {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        markdown = markdown == null ? "" : markdown;
    }
}
