package dossier.load;

import dossier.clean.EventCandidate;
import dossier.clean.EventCandidates;
import dossier.clean.Vocabulary;
import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventDate;
import dossier.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The dates the articles state that the chronology has no event for, as notes the editor can act
 * on ({@code check} prints them). Never published: a date in a sentence is not yet an event.
 */
public final class ChronologyCandidates {

    /** A quoted sentence is cut past this many characters, so one note stays one line on screen. */
    private static final int SENTENCE_CHARS = 160;

    private final EventCandidates finder;

    public ChronologyCandidates() {
        this(Vocabulary.defaults());
    }

    public ChronologyCandidates(Vocabulary vocabulary) {
        this.finder = new EventCandidates(vocabulary);
    }

    /** One note per date per article, at the line of its first mention, oldest article line first. */
    public List<Problem> find(Dossier dossier) {
        var notes = new ArrayList<Problem>();
        for (var article : dossier.articles()) {
            notes.addAll(find(article, dossier.eventsFrom(article.slug())));
        }
        return notes.stream().sorted(Problem.BY_PLACE).toList();
    }

    List<Problem> find(Article article, List<Event> events) {
        var notes = new ArrayList<Problem>();
        var seen = new HashSet<EventDate>();
        for (var candidate : finder.find(article.markdown(), article.bodyLine())) {
            if (events.stream().noneMatch(e -> overlap(e.date(), candidate.date())) && seen.add(candidate.date())) {
                notes.add(note(article, candidate));
            }
        }
        return notes;
    }

    private static Problem note(Article article, EventCandidate candidate) {
        var sentence = candidate.sentence().strip();
        if (sentence.length() > SENTENCE_CHARS) {
            sentence = sentence.substring(0, SENTENCE_CHARS).strip() + "…";
        }
        return Problem.note(article.file(), candidate.line(), "\"" + candidate.phrase() + "\" (" + candidate.date()
                + ") is not in the chronology: « " + sentence + " »",
                article.file().toString().endsWith(".txt")
                        ? "to publish it, turn this raw article into Markdown with `import`, then add it to `events:`"
                        : "to publish it, add to `events:` `- date: " + quoted(candidate.date()) + "` and `title: \"…\"`");
    }

    /** Months and years quoted, as YAML would read them as numbers otherwise. */
    private static String quoted(EventDate date) {
        return date.precision() == EventDate.Precision.DAY ? date.iso() : "\"" + date.iso() + "\"";
    }

    /** True when one date lies within the other: "2025-10" and "2025-10-07" may be the same event. */
    static boolean overlap(EventDate a, EventDate b) {
        return !a.firstDay().isAfter(b.lastDay()) && !b.firstDay().isAfter(a.lastDay());
    }
}
