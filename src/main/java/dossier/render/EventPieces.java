package dossier.render;

import dossier.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A piece of output per event of the timeline (a calendar entry, a JSON object, a list item),
 * kept from one render to the next while the timeline is the same list: the preview keeps its
 * merged timeline while no article's events change, and only the events reported by a changed
 * article (its title, its paragraphs) need their pieces made again.
 */
final class EventPieces<T> {

    private List<Event> events;
    private List<T> pieces = List.of();

    /**
     * The pieces of {@code events}, in order: those kept from last time for the same timeline but
     * for the {@code stale} events (by identity), the others made by {@code making}; {@code stale}
     * null (a full render) makes every piece and keeps none.
     */
    synchronized List<T> of(List<Event> events, Set<Event> stale, Function<Event, T> making) {
        if (stale == null) {
            // a full render keeps nothing: a build that writes and ends would only hold the memory
            this.events = null;
            pieces = List.of();
            return events.parallelStream().map(making).toList();
        }
        if (events != this.events) {
            pieces = events.parallelStream().map(making).toList();
        } else {
            var made = new ArrayList<>(pieces);
            IntStream.range(0, events.size()).filter(i -> stale.contains(events.get(i)))
                    .forEach(i -> made.set(i, making.apply(events.get(i))));
            pieces = List.copyOf(made);
        }
        this.events = events;
        return pieces;
    }
}
