package dossier.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year: {@code 2025-10-07}, {@code 2025-08}, {@code 2018}.
 *
 * <p>Partial dates sort before the days they contain ("2025-08" before "2025-08-03"), so a
 * chronology reads from the general to the particular.
 */
public record EventDate(int year, int month, int day) implements Comparable<EventDate> {

    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<EventDate> ORDER = Comparator.comparingInt(EventDate::year)
            .thenComparingInt(EventDate::month).thenComparingInt(EventDate::day);

    /** {@code month} and {@code day} are 0 when unknown. */
    public EventDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day);
        }
    }

    public static EventDate of(LocalDate date) {
        return new EventDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is none of them. */
    public static Optional<EventDate> parse(String text) {
        var m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new EventDate(year, month, day));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may stand for: 2025-08 → 2025-08-01. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date may stand for: 2025-08 → 2025-08-31. */
    public LocalDate lastDay() {
        if (day != 0) {
            return firstDay();
        }
        if (month != 0) {
            return firstDay().withDayOfMonth(firstDay().lengthOfMonth());
        }
        return LocalDate.of(year, 12, 31);
    }

    /** ISO form at its own precision: "2018", "2025-08", "2025-10-07". */
    public String iso() {
        // Padded by hand: String.format was a tenth of a 10,000-article rebuild.
        return switch (precision()) {
            case YEAR -> pad(year, 4);
            case MONTH -> pad(year, 4) + "-" + pad(month, 2);
            case DAY -> pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
        };
    }

    private static String pad(int number, int width) {
        var digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    @Override
    public int compareTo(EventDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
