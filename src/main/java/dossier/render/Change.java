package dossier.render;

import dossier.model.Dossier;
import dossier.model.Slug;
import java.util.Objects;
import java.util.Set;

/**
 * What changed since the last render: the dossier as it was, and the slugs of the articles
 * added, removed or edited since. Everything else (settings, pages, chronologie.yaml, templates)
 * is the same; a change there calls for a full render instead.
 */
public record Change(Dossier before, Set<Slug> articles) {

    public Change {
        Objects.requireNonNull(before, "before");
        articles = Set.copyOf(articles);
    }
}
