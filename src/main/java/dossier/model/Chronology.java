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
        // Each kept event's folded title, computed once: folding is most of the merge's time.
        var folded = new java.util.HashMap<String, String>();
        curated.forEach(event -> add(merged, folded, event));
        for (var article : articles) {
            article.events().forEach(event -> add(merged, folded, event));
        }
        var keys = new ArrayList<>(merged.keySet());
        keys.sort(Comparator.comparing((String key) -> merged.get(key).date()).thenComparing(folded::get));
        return keys.stream().map(merged::get).toList();
    }

    private static void add(Map<String, Event> merged, Map<String, String> folded, Event event) {
        var fold = Slug.fold(event.title());
        var key = event.date().iso() + " " + NOT_WORD.matcher(fold).replaceAll(" ").strip();
        var known = merged.get(key);
        if (known == null) {
            merged.put(key, event);
            folded.put(key, fold);
            return;
        }
        var sources = new LinkedHashSet<>(known.sources());
        sources.addAll(event.sources());
        var place = known.place().isEmpty() ? event.place() : known.place();
        var description = known.description().isEmpty() ? event.description() : known.description();
        merged.put(key, new Event(known.date(), known.title(), place, description, List.copyOf(sources)));
    }
}
