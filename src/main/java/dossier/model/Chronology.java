package dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges the events of the articles and of {@code chronologie.yaml} into one timeline:
 * the same event (same date, same title once folded) reported by several articles becomes
 * one event with several sources.
 */
public final class Chronology {

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private Chronology() {
    }

    /** Every event once, oldest first; articles are taken in the order given. */
    public static List<Event> merge(List<Event> curated, List<Article> articles) {
        var merged = new LinkedHashMap<String, Event>();
        curated.forEach(event -> add(merged, event));
        for (var article : articles) {
            article.events().forEach(event -> add(merged, event));
        }
        // The folded title is computed once per event, not at each of the sort's comparisons.
        var folded = new java.util.IdentityHashMap<Event, String>();
        merged.values().forEach(e -> folded.put(e, Slug.fold(e.title())));
        var events = new ArrayList<>(merged.values());
        events.sort(Comparator.comparing(Event::date).thenComparing(folded::get));
        return List.copyOf(events);
    }

    private static void add(Map<String, Event> merged, Event event) {
        var key = event.date().iso() + " " + NOT_WORD.matcher(Slug.fold(event.title())).replaceAll(" ").strip();
        var known = merged.get(key);
        if (known == null) {
            merged.put(key, event);
            return;
        }
        var sources = new LinkedHashSet<>(known.sources());
        sources.addAll(event.sources());
        var place = known.place().isEmpty() ? event.place() : known.place();
        var description = known.description().isEmpty() ? event.description() : known.description();
        merged.put(key, new Event(known.date(), known.title(), place, description, List.copyOf(sources)));
    }
}
