package dossier.render;

import dossier.model.Slug;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of one body's headings, in document order: the folded slug of the heading's text,
 * made unique with {@code -2}, {@code -3}, never one the page templates put around a body.
 */
final class HeadingIds {

    /** Ids the page templates put around a body: a heading "Titre articles" must not take one. */
    private static final Set<String> TEMPLATE_IDS = Set.of("contenu", "titre-articles", "titre-chronologie",
            "titre-evenements", "titre-sommaire", "titre-themes", "titre-voir-aussi");

    private final Set<String> used = new HashSet<>(TEMPLATE_IDS);

    /** The next heading's id, from its plain text. */
    String next(String text) {
        var slug = Slug.of(text);
        var base = slug == null ? "section" : slug.value();
        var id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
