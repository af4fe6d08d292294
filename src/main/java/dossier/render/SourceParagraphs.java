package dossier.render;

import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventDate;
import dossier.model.Slug;
import dossier.model.TitleWords;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each event and each article reporting it, the anchor of the paragraph that reports it, so
 * a source link lands on the sentence rather than the top of the page.
 *
 * <p>A paragraph stating the event's date at its precision ("7 octobre", "août 2025", "en août",
 * "2018") scores 10, one stating only the month of a day's event ("octobre 2025") 6, and each
 * word of the event's title it holds adds 1: a date outweighs any wording, and among paragraphs
 * giving the date the one that words it best wins. The best paragraph scoring at least 2 is
 * linked, the first of equals; below that, the link goes to the page.
 */
final class SourceParagraphs {

    private static final int ENOUGH = 2;

    /** Past this many articles read again since the anchors were last put in one map, they are. */
    private static final int EDITED = 64;

    private final Map<Slug, Map<Event, String>> anchors;
    /** The anchors of articles read again since {@code anchors} were made, over those: empty for one reporting nothing now. */
    private final Map<Slug, Map<Event, String>> edited;

    private SourceParagraphs(Map<Slug, Map<Event, String>> anchors) {
        this(anchors, Map.of());
    }

    private SourceParagraphs(Map<Slug, Map<Event, String>> anchors, Map<Slug, Map<Event, String>> edited) {
        this.anchors = anchors;
        this.edited = edited;
    }

    /** Reads the paragraphs of every article that reports an event; articles in parallel. */
    static SourceParagraphs of(Dossier dossier, Bodies bodies) {
        return of(dossier, bodies, new java.util.HashMap<>());
    }

    /**
     * As {@link #of(Dossier, Bodies)}, taking again from {@code kept} the anchors of each article
     * whose record and whose events' dates and titles (all the scoring reads) are those of last
     * time; {@code kept} is left holding this dossier's. The preview keeps it from one render to the next.
     */
    static SourceParagraphs of(Dossier dossier, Bodies bodies, Map<Slug, Kept> kept) {
        var reporting = dossier.articles().stream().filter(a -> !dossier.eventsFrom(a.slug()).isEmpty()).toList();
        var found = reporting.parallelStream().map(a -> kept(dossier, bodies, a, kept.get(a.slug()))).toList();
        kept.clear();
        var anchors = new java.util.HashMap<Slug, Map<Event, String>>();
        for (var one : found) {
            kept.put(one.article().slug(), one);
            anchors.put(one.article().slug(), byEvent(dossier, one));
        }
        return new SourceParagraphs(anchors);
    }

    /**
     * As {@link #of(Dossier, Bodies, Map)} for {@code dossier}, when {@code was} is what it gave for
     * a dossier with the same event index (the same object) and only the articles of {@code changed}
     * may be other records since: only theirs are read again.
     */
    static SourceParagraphs updated(SourceParagraphs was, Dossier dossier, Bodies bodies, Map<Slug, Kept> kept,
            Set<Slug> changed) {
        // the anchors of the others are shared with the last ones, not copied: those read again lie over them
        var edited = new java.util.HashMap<>(was.edited);
        for (var slug : changed) {
            var before = kept.remove(slug);
            var article = dossier.article(slug).filter(a -> dossier.places().containsKey(slug));
            edited.put(slug, Map.of());
            if (article.isPresent() && !dossier.eventsFrom(slug).isEmpty()) {
                var one = kept(dossier, bodies, article.get(), before);
                kept.put(slug, one);
                edited.put(slug, byEvent(dossier, one));
            }
        }
        if (edited.size() <= EDITED) {
            return new SourceParagraphs(was.anchors, edited);
        }
        var anchors = new java.util.HashMap<>(was.anchors);
        edited.forEach((slug, byEvent) -> {
            if (byEvent.isEmpty()) {
                anchors.remove(slug);
            } else {
                anchors.put(slug, byEvent);
            }
        });
        return new SourceParagraphs(anchors);
    }

    /** One reporting article's anchors: those of {@code was} (null: none) when found from the same record and events. */
    private static Kept kept(Dossier dossier, Bodies bodies, dossier.model.Article a, Kept was) {
        var events = dossier.eventsFrom(a.slug());
        if (was != null && was.article() == a && sameObjects(was.events(), events)) {
            return was;
        }
        var keys = events.stream().map(e -> List.<Object>of(e.date(), e.title())).toList();
        if (was != null && was.article() == a && was.keys().equals(keys)) {
            return new Kept(a, events, keys, was.anchors());
        }
        var paragraphs = bodies.paragraphs(a);
        return new Kept(a, events, keys, events.stream().map(e -> best(e, paragraphs)).toList());
    }

    private static Map<Event, String> byEvent(Dossier dossier, Kept one) {
        var events = dossier.eventsFrom(one.article().slug());
        var byEvent = new IdentityHashMap<Event, String>();
        for (int i = 0; i < events.size(); i++) {
            byEvent.put(events.get(i), one.anchors().get(i));
        }
        return byEvent;
    }

    /** One article's anchors as found, with what they were found from: the record and its events' dates and titles. */
    record Kept(dossier.model.Article article, List<Event> events, List<List<Object>> keys, List<String> anchors) {
    }

    /** The same events, object by object: a timeline kept whole keeps its event records. */
    private static boolean sameObjects(List<Event> a, List<Event> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The paragraph anchor of {@code event} in {@code article}, or "" when no paragraph says it. */
    String of(Event event, Slug article) {
        var byEvent = edited.get(article);
        return (byEvent != null ? byEvent : anchors.getOrDefault(article, Map.of())).getOrDefault(event, "");
    }

    private static String best(Event event, List<Bodies.Paragraph> paragraphs) {
        var title = spaced(TitleWords.of(event.title()).words());
        var phrases = datePhrases(event.date());
        String best = "";
        int bestScore = ENOUGH - 1;
        for (var paragraph : paragraphs) {
            var text = paragraph.words();
            int score = 0;
            for (var phrase : phrases.entrySet()) {
                if (phrase.getValue() > score && text.contains(phrase.getKey())) {
                    score = phrase.getValue();
                }
            }
            score += wordsHeld(text, title);
            if (score > bestScore) {
                best = paragraph.id();
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The title's words between single spaces, as a paragraph's {@link #folded} words hold them:
     * a title word is a run of {@code [a-z0-9]}, never empty and never spaced, so " word " is
     * found in a paragraph exactly when the word is one of its words, without a set of them.
     */
    static List<String> spaced(Set<String> titleWords) {
        return titleWords.stream().map(word -> " " + word + " ").toList();
    }

    /** How many of the {@link #spaced} words a paragraph's folded words hold. */
    static int wordsHeld(String words, List<String> spaced) {
        int held = 0;
        for (var word : spaced) {
            held += words.contains(word) ? 1 : 0;
        }
        return held;
    }

    /** How a text states the date, folded and spaced (" 7 octobre ", " octobre 2025 "), with its score. */
    static Map<String, Integer> datePhrases(EventDate date) {
        var year = " " + date.year() + " ";
        var month = date.month() == 0 ? "" : month(date);
        return switch (date.precision()) {
            case YEAR -> Map.of(year, 10);
            case MONTH -> Map.of(" " + month + year, 10, " en " + month + " ", 10);
            case DAY -> Map.of(" " + (date.day() == 1 ? "1er" : date.day()) + " " + month + " ", 10, " " + month + year, 6);
        };
    }

    private static String month(EventDate date) {
        return Slug.fold(FrenchDates.month(date.month()));
    }

    /** A paragraph's words, folded, each between single spaces, so a phrase is found with its word bounds. */
    static String folded(String text) {
        return " " + Slug.words(text, ' ') + " ";
    }
}
