package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.Slug;
import dossier.render.Views.EventItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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

    /**
     * Each event's item as every tag's first page shows it, made once for {@code context} (a tag's
     * first page) rather than once per tag reporting it (three or four on average): an item links
     * only to articles and to the chronology, which every {@code tags/<slug>/} page reaches by the
     * same relative URLs.
     */
    static Map<Event, EventItem> items(Map<Slug, List<Event>> events, PageContext context, Cards cards) {
        var distinct = Collections.newSetFromMap(new IdentityHashMap<Event, Boolean>());
        events.values().forEach(distinct::addAll);
        var listed = List.copyOf(distinct);
        var made = listed.parallelStream().map(e -> cards.event(context, e)).toList();
        var items = new IdentityHashMap<Event, EventItem>();
        for (int i = 0; i < listed.size(); i++) {
            items.put(listed.get(i), made.get(i));
        }
        return items;
    }
}
