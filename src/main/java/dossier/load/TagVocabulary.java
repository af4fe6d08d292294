package dossier.load;

import dossier.model.Slug;
import dossier.model.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the vocabulary tag an article means, by label, slug or alias, accents and case folded:
 * "Fédération de Russie", "russie" and "Russie" all mean the tag {@code russie}.
 */
final class TagVocabulary {

    private final List<Tag> tags;
    private final Map<String, Tag> byName = new HashMap<>();

    TagVocabulary(List<Tag> tags) {
        this.tags = List.copyOf(tags);
        for (var tag : tags) {
            byName.putIfAbsent(key(tag.label()), tag);
            byName.putIfAbsent(tag.slug().value(), tag);
            tag.aliases().forEach(alias -> byName.putIfAbsent(key(alias), tag));
        }
    }

    Optional<Tag> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    boolean isEmpty() {
        return tags.isEmpty();
    }

    /** The label closest to {@code name}, for "did you mean". */
    Optional<String> closest(String name) {
        return Suggestion.closest(name, tags.stream().map(Tag::label).toList());
    }

    private static String key(String name) {
        var slug = Slug.of(name);
        return slug == null ? "" : slug.value();
    }
}
