package dossier.clean;

import dossier.model.EventDate;
import java.time.LocalDate;

/**
 * A date as a text states it: year 0 when left out ("le 27 mars"), day 0 for a month
 * ("en octobre 2025"), month 0 for a year ("dès 2018"); where its phrase sits in the text, and
 * whether the phrase places it on the writer's own day ("ce mercredi 19 novembre 2025").
 */
record DateMention(int year, int month, int day, String phrase, int start, boolean today) {

    boolean hasYear() {
        return year != 0;
    }

    boolean isDay() {
        return day != 0;
    }

    /** The same mention with its missing year taken from elsewhere; invalid days (29 Feb) give null. */
    DateMention withYear(int newYear) {
        if (day != 0 && !valid(newYear, month, day)) {
            return null;
        }
        return new DateMention(newYear, month, day, phrase, start, today);
    }

    EventDate eventDate() {
        return new EventDate(year, month, day);
    }

    LocalDate localDate() {
        return LocalDate.of(year, month, day);
    }

    static boolean valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        // a year left out is checked against a leap year, so "le 29 février" is kept until a year is known
        return day <= LocalDate.of(year == 0 ? 2024 : year, month, 1).lengthOfMonth();
    }
}
