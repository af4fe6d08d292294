package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Event;
import dossier.model.EventDate;
import dossier.model.Slug;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept page gets the stale events' new pieces in place of the old ones, and is rendered whole when it must be. */
class SplicedPageTest {

    private final List<Event> events = List.of(event("un"), event("deux"), event("trois"), event("quatre"));
    private final List<String> pieces = new ArrayList<>(List.of("<li>un</li>", "<li>deux</li>", "<li>trois</li>", "<li>quatre</li>"));
    private final AtomicInteger wholeRenders = new AtomicInteger();
    private final SplicedPage page = new SplicedPage();

    @Test
    void stalePiecesAreWrittenInPlaceOfTheOldOnesWhateverTheirLength() {
        assertEquals(page(), text(page.of("reste", events, Set.of(), this::whole, this::piece)));
        pieces.set(1, "<li>deux, bien plus long</li>");
        pieces.set(3, "<li>4</li>");
        assertEquals(page(), text(page.of("reste", events, Set.of(events.get(1), events.get(3)), this::whole, this::piece)));
        pieces.set(0, "<li>premier</li>");
        pieces.set(3, "<li>le quatrième</li>");
        assertEquals(page(), text(page.of("reste", events, Set.of(events.get(0), events.get(3)), this::whole, this::piece)));
        assertEquals(1, wholeRenders.get(), "the page was rendered whole once, then spliced");
    }

    @Test
    void anotherRestOrOtherEventsRenderThePageWhole() {
        page.of("reste", events, Set.of(), this::whole, this::piece);
        pieces.set(2, "<li>3</li>");
        assertEquals(page("autre"), text(page.of("autre", events, Set.of(events.get(2)), () -> whole("autre"), this::piece)));
        var fewer = events.subList(0, 3);
        pieces.remove(3);
        assertEquals(page("autre"), text(page.of("autre", fewer, Set.of(), () -> whole("autre"), this::piece)));
        assertEquals(3, wholeRenders.get());
    }

    @Test
    void pageWhosePiecesAreNotFoundAsTheyRenderAloneIsAlwaysRenderedWhole() {
        page.of("reste", events, Set.of(), this::whole, i -> piece(i + 1 == events.size() ? 0 : i + 1));
        page.of("reste", events, Set.of(events.get(0)), this::whole, this::piece);
        assertEquals(2, wholeRenders.get());
    }

    private static Event event(String title) {
        return new Event(EventDate.of(LocalDate.of(2024, 5, 1)), title, "", "", List.of(new Slug("a")));
    }

    private byte[] piece(int i) {
        return pieces.get(i).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] whole() {
        return whole("reste");
    }

    private byte[] whole(String rest) {
        wholeRenders.incrementAndGet();
        return page(rest).getBytes(StandardCharsets.UTF_8);
    }

    private String page() {
        return page("reste");
    }

    private String page(String rest) {
        return "<p>" + rest + " « é »</p><ol>\n" + String.join("\n", pieces) + "\n</ol><p>fin</p>";
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
