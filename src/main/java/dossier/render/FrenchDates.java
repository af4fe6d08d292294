package dossier.render;

import dossier.model.EventDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates as French readers write them: "7 octobre 2025", "1er août 2025", "août 2025", "2018".
 * Month names are spelled here rather than taken from the JVM's locale data, so output never
 * depends on the machine.
 */
public final class FrenchDates {

    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");

    private FrenchDates() {
    }

    public static String day(LocalDate date) {
        return dayOfMonth(date.getDayOfMonth()) + "\u00A0" + month(date.getMonthValue()) + " " + date.getYear();
    }

    public static String of(EventDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> month(date.month()) + " " + date.year();
            case DAY -> day(date.firstDay());
        };
    }

    /**
     * The months a period covers: "de mars 2025 à novembre 2025", "d’avril 2024 à mai 2025"
     * (de elided before a vowel), or just "octobre 2025" when it starts and ends that month.
     */
    public static String span(LocalDate from, LocalDate to) {
        var first = month(from.getMonthValue()) + " " + from.getYear();
        var last = month(to.getMonthValue()) + " " + to.getYear();
        if (first.equals(last)) {
            return first;
        }
        return ("aeiou".indexOf(first.charAt(0)) >= 0 ? "d’" : "de ") + first + " à " + last;
    }

    public static String month(int month) {
        return MONTHS.get(month - 1);
    }

    private static String dayOfMonth(int day) {
        return day == 1 ? "1er" : Integer.toString(day);
    }
}
