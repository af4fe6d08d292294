package dossier.render;

import dossier.model.Event;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A file made of one piece of text per event of the timeline (the calendar, the JSON), kept from
 * one update to the next as a {@link SplicedPage}: only the changed events' pieces are written
 * in place, instead of joining and encoding again the pieces of thousands of events.
 */
final class SplicedFile {

    private final SplicedPage page = new SplicedPage();

    /**
     * The file's bytes for {@code events}, whose pieces are {@code pieces} (in the timeline's
     * order), as {@code joining} makes them from the pieces; {@code stale} null (a full render)
     * joins them and keeps nothing.
     */
    byte[] of(List<Event> events, Set<Event> stale, List<String> pieces, Function<List<String>, byte[]> joining) {
        if (stale == null) {
            page.forget();
            return joining.apply(pieces);
        }
        return page.of(List.of(), events, stale, () -> joining.apply(pieces),
                i -> pieces.get(i).getBytes(StandardCharsets.UTF_8));
    }
}
