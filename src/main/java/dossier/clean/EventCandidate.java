package dossier.clean;

import dossier.model.EventDate;
import java.util.Objects;

/**
 * A date stated in the article's text, offered as a chronology event: the date at the precision
 * stated (a year missing from "le 27 mars" is taken from the dates around it), the words that
 * state it, the sentence holding it and its line in the file.
 */
public record EventCandidate(EventDate date, String phrase, String sentence, int line) {

    public EventCandidate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(sentence, "sentence");
    }
}
