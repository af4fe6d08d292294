package dossier.render;

import dossier.model.Event;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A page listing events (the chronology, a tag's first page), kept with where each event's piece
 * sits in its bytes, so that an update renders again only the pieces of the events a change
 * reaches and writes them in place of the old ones: the rest of a page of 7,000 events is the
 * same bytes, and rendering it whole through its template is most of an edit's cost.
 *
 * <p>The page is spliced only when all it shows but its events is as last time ({@code rest}:
 * the view without its events, and the site) and it lists the same events, by identity. A
 * template whose event pieces are not found in the page as they render alone (one that numbers
 * its items, say) is rendered whole every time.
 */
final class SplicedPage {

    private byte[] page;
    private int[] starts;
    private int[] ends;
    private List<Event> events;
    private Object rest;
    private boolean whole;

    /** Lets go of the kept page: a full render keeps none. */
    synchronized void forget() {
        page = null;
        rest = null;
        events = null;
        starts = ends = null;
    }

    /**
     * The bytes of the page: the kept ones with the pieces of the {@code stale} events (by
     * identity) made again by {@code piece} (from the event's index) when the page shows the same
     * {@code rest} and {@code events}; else rendered whole by {@code rendering}, then each
     * event's piece located in it for the next time.
     */
    synchronized byte[] of(Object rest, List<Event> events, Set<Event> stale, Supplier<byte[]> rendering,
            IntFunction<byte[]> piece) {
        if (page != null && !whole && Objects.equals(rest, this.rest) && sameEvents(events)) {
            splice(events, stale, piece);
            return page;
        }
        page = rendering.get();
        this.rest = rest;
        this.events = List.copyOf(events);
        whole = !locate(piece);
        return page;
    }

    private boolean sameEvents(List<Event> now) {
        if (now.size() != events.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != events.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Finds each event's piece in the page, in order; false when one is not there as it renders alone. */
    private boolean locate(IntFunction<byte[]> piece) {
        var made = java.util.stream.IntStream.range(0, events.size()).parallel().mapToObj(i -> {
            try {
                return piece.apply(i);
            } catch (Templates.TemplateException e) {
                // the piece needs what only the whole page gives it: the page is rendered whole
                return null;
            }
        }).toList();
        starts = new int[made.size()];
        ends = new int[made.size()];
        int from = 0;
        for (int i = 0; i < made.size(); i++) {
            int at = made.get(i) == null ? -1 : indexOf(page, made.get(i), from);
            if (at < 0) {
                starts = ends = null;
                return false;
            }
            starts[i] = at;
            ends[i] = at + made.get(i).length;
            from = ends[i];
        }
        return true;
    }

    /** Puts the stale events' pieces made again in place of their old bytes, where they differ. */
    private void splice(List<Event> now, Set<Event> stale, IntFunction<byte[]> piece) {
        var replaced = new TreeMap<Integer, byte[]>();
        for (int i = 0; i < now.size(); i++) {
            if (stale.contains(now.get(i))) {
                var fresh = piece.apply(i);
                if (!Arrays.equals(page, starts[i], ends[i], fresh, 0, fresh.length)) {
                    replaced.put(i, fresh);
                }
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        int size = page.length;
        for (var entry : replaced.entrySet()) {
            size += entry.getValue().length - (ends[entry.getKey()] - starts[entry.getKey()]);
        }
        var out = new byte[size];
        int read = 0;
        int written = 0;
        int shift = 0;
        int next = 0;
        for (var entry : replaced.entrySet()) {
            int i = entry.getKey();
            for (; next < i; next++) {
                starts[next] += shift;
                ends[next] += shift;
            }
            System.arraycopy(page, read, out, written, starts[i] - read);
            written += starts[i] - read;
            var fresh = entry.getValue();
            System.arraycopy(fresh, 0, out, written, fresh.length);
            read = ends[i];
            starts[i] = written;
            written += fresh.length;
            ends[i] = written;
            shift = written - read;
            next = i + 1;
        }
        for (; next < starts.length; next++) {
            starts[next] += shift;
            ends[next] += shift;
        }
        System.arraycopy(page, read, out, written, page.length - read);
        page = out;
    }

    /** Where {@code part} first occurs in {@code bytes} at or after {@code from}; -1 if nowhere. */
    static int indexOf(byte[] bytes, byte[] part, int from) {
        if (part.length == 0) {
            return from <= bytes.length ? from : -1;
        }
        int last = bytes.length - part.length;
        for (int at = from; at <= last; at++) {
            if (bytes[at] == part[0] && Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        return -1;
    }
}
