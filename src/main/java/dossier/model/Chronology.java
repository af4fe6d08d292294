package dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the events of the articles and of {@code chronologie.yaml} into one timeline.
 *
 * <p>The rule: two reports are one event when they have the same date (at the same precision)
 * and similar titles, that is {@link TitleWords} sharing at least 60 % of their words and naming
 * no place or person the other leaves out, so "La Douma ratifie l’accord" and "la Douma a
 * ratifié l'accord" are one event with both articles as sources. Two reports with the same title words but different dates are kept apart
 * and reported as a warning naming both places: one of them has the date wrong.
 *
 * <p>Reports are looked up by date and by title key in hash maps, never compared pairwise
 * across the dossier: only reports of one same date are compared with each other.
 */
public final class Chronology {

    /** Oldest first (a year before its months, a month before its days), then by folded title. */
    public static final Comparator<Event> ORDER = Comparator.comparing(Event::date)
            .thenComparing(e -> TitleWords.folded(e.title()));

    /** The merged timeline and the conflicts found on the way. */
    public record Merged(List<Event> events, List<Problem> problems) {
        public Merged {
            events = List.copyOf(events);
            problems = List.copyOf(problems);
        }
    }

    /** One event being merged: the first report, and what the later ones add. */
    private static final class Slot {
        private final Event first;
        private final TitleWords words;
        private final int order;
        private final Set<Slug> sources;
        private String place;
        private String description;

        Slot(Event first, TitleWords words, int order) {
            this.first = first;
            this.words = words;
            this.order = order;
            this.sources = new LinkedHashSet<>(first.sources());
            this.place = first.place();
            this.description = first.description();
        }

        void add(Event event) {
            sources.addAll(event.sources());
            place = place.isEmpty() ? event.place() : place;
            description = description.isEmpty() ? event.description() : description;
        }

        Event event() {
            return new Event(first.date(), first.title(), place, description, List.copyOf(sources),
                    first.file(), first.line());
        }
    }

    /** The exact-match index: a date and a {@link TitleWords#key()}. */
    private record DateTitle(EventDate date, String title) {
    }

    private final Map<DateTitle, Slot> byDateAndTitle = new HashMap<>();
    /** Per date and title word, the events holding it: only events sharing a word are compared. */
    private final Map<DateTitle, List<Slot>> byDateAndWord = new HashMap<>();
    private final Map<String, Slot> byTitle = new HashMap<>();
    private final List<Slot> slots = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Chronology() {
    }

    /** Every event once, oldest first; curated events first, then articles in the order given. */
    public static Merged merge(List<Event> curated, List<Article> articles) {
        var chronology = new Chronology();
        curated.forEach(chronology::add);
        articles.forEach(article -> article.events().forEach(chronology::add));
        // each title folded once, not at every comparison: sorting is the costly part of a large merge
        record Sorted(Event event, String title) {
        }
        var sorted = new ArrayList<Sorted>(chronology.slots.size());
        chronology.slots.forEach(slot -> sorted.add(new Sorted(slot.event(), TitleWords.folded(slot.first.title()))));
        sorted.sort(Comparator.comparing((Sorted s) -> s.event().date()).thenComparing(Sorted::title));
        return new Merged(sorted.stream().map(Sorted::event).toList(), chronology.problems);
    }

    private void add(Event event) {
        var words = TitleWords.of(event.title());
        var key = words.key();
        var known = byDateAndTitle.get(new DateTitle(event.date(), key));
        if (known == null) {
            known = similar(event.date(), words);
        }
        if (known != null) {
            known.add(event);
            return;
        }
        var sameTitle = byTitle.get(key);
        if (sameTitle != null && !sameTitle.first.date().equals(event.date())) {
            problems.add(Problem.warning(event.file(), event.line(), "event \"" + event.title() + "\" is dated "
                    + event.date() + " here but " + sameTitle.first.date() + " in " + sameTitle.first.where(),
                    "one event has one date: correct the wrong one, or word the titles apart if they are two events"));
        }
        var slot = new Slot(event, words, slots.size());
        slots.add(slot);
        byDateAndTitle.put(new DateTitle(event.date(), key), slot);
        for (var word : words.words()) {
            byDateAndWord.computeIfAbsent(new DateTitle(event.date(), word), d -> new ArrayList<>()).add(slot);
        }
        byTitle.putIfAbsent(key, slot);
    }

    /** The event of that date whose title is most like this one, if any is like enough. */
    private Slot similar(EventDate date, TitleWords words) {
        var shared = new HashMap<Slot, Integer>();
        for (var word : words.words()) {
            for (var slot : byDateAndWord.getOrDefault(new DateTitle(date, word), List.of())) {
                shared.merge(slot, 1, Integer::sum);
            }
        }
        Slot best = null;
        double bestScore = 0;
        for (var entry : shared.entrySet()) {
            var slot = entry.getKey();
            int common = entry.getValue();
            double score = (double) common / (slot.words.words().size() + words.words().size() - common);
            boolean better = score > bestScore || (score == bestScore && best != null && slot.order < best.order);
            if (score >= TitleWords.SAME_EVENT && better && slot.words.namesAgree(words)) {
                best = slot;
                bestScore = score;
            }
        }
        return best;
    }
}
