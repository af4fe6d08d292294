package dossier.load;

import dossier.model.EventDate;
import dossier.model.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads dates written by people: ISO only, with a hint that names the ISO form they meant
 * ({@code 31/02/2025} → "use 2025-02-28").
 */
final class DateField {

    private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private DateField() {
    }

    /** The full date at {@code key}, or empty with a problem when it is missing (if required) or wrong. */
    static Optional<LocalDate> day(YamlMap map, String key, boolean required, List<Problem> problems) {
        var text = map.string(key);
        if (text.isEmpty()) {
            if (required) {
                problems.add(Problem.error(map.file(), map.line(), "missing \"" + key + "\"",
                        "add `" + key + ": 2025-10-07` to the front matter"));
            }
            return Optional.empty();
        }
        var value = text.get().strip();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            problems.add(Problem.error(map.file(), map.line(key),
                    key + " \"" + value + "\" is not a date", "use " + suggest(value)));
            return Optional.empty();
        }
    }

    /** A full or partial date ({@code 2025-10-07}, {@code 2025-08}, {@code 2018}) at {@code key}. */
    static Optional<EventDate> partial(YamlMap map, String key, List<Problem> problems) {
        var text = map.string(key);
        if (text.isEmpty()) {
            problems.add(Problem.error(map.file(), map.line(), "missing \"" + key + "\"",
                    "add `" + key + ": \"2025-08\"` (a day, a month or a year)"));
            return Optional.empty();
        }
        var parsed = EventDate.parse(text.get());
        if (parsed.isEmpty()) {
            var value = text.get().strip();
            problems.add(Problem.error(map.file(), map.line(key), key + " \"" + value + "\" is not a date",
                    "use " + suggest(value) + ", or \"2025-08\" for a month, \"2018\" for a year"));
        }
        return parsed;
    }

    /** The ISO date the text most likely meant, clamped to the month's last day. */
    static String suggest(String text) {
        var iso = ISO_SHAPE.matcher(text);
        if (iso.matches()) {
            return clamp(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        var dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return clamp(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                    Integer.parseInt(dayFirst.group(1)));
        }
        return "the form YYYY-MM-DD, e.g. 2025-10-07";
    }

    private static String clamp(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return "the form YYYY-MM-DD, e.g. 2025-10-07";
        }
        var ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth())).toString();
    }
}
