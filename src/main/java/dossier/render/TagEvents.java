package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@link Dossier#eventsTagged} gives for many tags at once, in one pass over the timeline
 * rather than one per tag: each event goes to the tags of the listed articles reporting it (a
 * republished copy, left out of the tag lists, lends it none).
 */
final class TagEvents {

    private TagEvents() {
    }

    /** The events of every tag, in the timeline's order. */
    static Map<Slug, List<Event>> of(Dossier dossier) {
        return of(dossier, null);
    }

    /** As {@link #of(Dossier)}, for the tags of {@code only} alone (null: every tag). */
    static Map<Slug, List<Event>> of(Dossier dossier, Set<Slug> only) {
        var tagsOf = new HashMap<Slug, List<Slug>>();
        if (only == null) {
            dossier.articles().forEach(a -> tagsOf.put(a.slug(), a.tags()));
        }
        // for a few tags, each source is looked up as it comes: listed, unless a republished copy
        Function<Slug, List<Slug>> tagsOfSource = only == null
                ? source -> tagsOf.getOrDefault(source, List.of())
                : source -> dossier.originals().containsKey(source) ? List.of()
                        : dossier.article(source).map(Article::tags).orElse(List.of());
        var byTag = new HashMap<Slug, List<Event>>();
        var tags = new HashSet<Slug>();
        for (var event : dossier.events()) {
            tags.clear();
            event.sources().forEach(source -> tags.addAll(tagsOfSource.apply(source)));
            for (var tag : tags) {
                if (only == null || only.contains(tag)) {
                    byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(event);
                }
            }
        }
        return byTag;
    }
}
