package dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A tag of the dossier's vocabulary: its URL word, its label as readers see it, what it
 * covers, and the other names that mean it ("Moscou", "Fédération de Russie" for Russie).
 */
public record Tag(Slug slug, String label, String description, List<String> aliases) implements Comparable<Tag> {

    public Tag {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
        aliases = List.copyOf(aliases);
    }

    /** A tag met in an article but absent from the vocabulary: named by its own label. */
    public static Tag unlisted(String label) {
        return new Tag(Slug.of(label), label, "", List.of());
    }

    @Override
    public int compareTo(Tag other) {
        return Slug.fold(label).compareTo(Slug.fold(other.label));
    }
}
