package dossier.render;

import dossier.model.Event;
import dossier.model.Slug;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each event's anchor on the chronology page: {@code e-}, its date and the first six words of its
 * title, accents folded ({@code e-2025-10-07-la-douma-ratifie-l-accord-de}). Two events whose
 * anchors would be the same get {@code -2}, {@code -3} in chronological order, so every anchor is
 * unique on the page and stays put while the events before it keep their titles.
 */
final class EventAnchors {

    private static final int WORDS = 6;

    private final Map<Event, String> anchors = new IdentityHashMap<>();

    /** {@code events}: the whole chronology, in its order. */
    EventAnchors(List<Event> events) {
        var used = new HashSet<String>();
        for (var event : events) {
            var base = base(event);
            var anchor = base;
            for (int n = 2; !used.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.put(event, anchor);
        }
    }

    /** The anchor of an event of the chronology (the same object as in the dossier's list). */
    String of(Event event) {
        var anchor = anchors.get(event);
        return anchor == null ? base(event) : anchor;
    }

    static String base(Event event) {
        var words = Slug.of(event.title());
        var head = words == null ? "" : Arrays.stream(words.value().split("-")).limit(WORDS).collect(Collectors.joining("-"));
        return "e-" + event.date().iso() + (head.isEmpty() ? "" : "-" + head);
    }
}
