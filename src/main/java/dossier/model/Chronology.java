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

    private static final Comparator<Event> ORDER = Comparator.comparing(Event::date)
            .thenComparing(e -> Slug.fold(e.title()));

    private Chronology() {
    }

    /** Every event once, oldest first; articles are taken in the order given. */
    public static List<Event> merge(List<Event> curated, List<Article> articles) {
        var merged = new LinkedHashMap<String, Event>();
        curated.forEach(event -> add(merged, event));
        for (var article : articles) {
            article.events().forEach(event -> add(merged, event));
        }
        var events = new ArrayList<>(merged.values());
        events.sort(ORDER);
        return List.copyOf(events);
    }

    private static void add(Map<String, Event> merged, Event event) {
        var key = event.date().iso() + " " + Slug.fold(event.title()).replaceAll("[^a-z0-9]+", " ").strip();
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
