package dossier.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds dates in French and English text: "mardi 7 octobre 2025", "le 1er août 2025", "le 27 mars",
 * "Oct. 7, 2025", "7 Oct 2025", "2025-10-07", "07/10/2025" (day first, as French sites write it),
 * "en octobre 2025", "en août", "dès 2018". The words come from {@link Vocabulary}.
 */
final class DateFinder {

    private static final String YEAR = "(?:1[89]|2[01])\\d{2}";

    /**
     * How far a date's phrase reaches before and after its first digit: "on wednesday, september 19"
     * puts 26 characters before it, "19th, 2025" 12 after. Only these windows are searched.
     */
    private static final int REACH = 40;
    private static final String START = "(?<![\\p{L}\\d/.'-])";

    /** Every form holding a number; searched only around digits, since most words are not dates. */
    private final Pattern numbered;
    /** "en août": the one form without a number, searched over the whole text. */
    private final Pattern monthAlone;
    private final Map<String, Integer> monthNumbers = new HashMap<>();
    private final Set<String> today;
    private final Set<String> fullNames;

    DateFinder(Vocabulary vocabulary) {
        for (int m = 0; m < 12; m++) {
            int month = m + 1;
            Stream.concat(vocabulary.months().get(m).stream(), vocabulary.monthAbbreviations().get(m).stream())
                    .forEach(name -> monthNumbers.put(key(name), month));
        }
        fullNames = vocabulary.months().stream().flatMap(List::stream).map(DateFinder::key)
                .collect(Collectors.toSet());
        today = vocabulary.today().stream().map(DateFinder::key).collect(Collectors.toSet());
        var full = alternatives(vocabulary.months().stream().flatMap(List::stream));
        var any = alternatives(monthNumbers.keySet().stream());
        var det = alternatives(vocabulary.determiners().stream());
        var weekday = "(?:" + alternatives(vocabulary.weekdays().stream()) + ")\\.?,?\\s+";
        var ordinal = "(?:" + alternatives(vocabulary.ordinals().stream()) + ")?";
        var monthPrep = alternatives(vocabulary.monthPrepositions().stream());
        var yearPrep = alternatives(vocabulary.yearPrepositions().stream());
        var numberedForms = List.of(
                "(?:(?<det1>" + det + ")\\s+)?(?:" + weekday + ")?(?<d1>\\d{1,2})" + ordinal + "\\s+(?<m1>" + any
                        + ")(?!\\p{L})\\.?(?:,?\\s+(?<y1>" + YEAR + ")(?!\\d))?",
                "(?:(?<det2>" + det + ")\\s+)?(?:" + weekday + ")?(?<m2>" + any + ")(?!\\p{L})\\.?\\s+(?<d2>\\d{1,2})"
                        + ordinal + ",?\\s+(?<y2>" + YEAR + ")(?!\\d)",
                "(?<y3>" + YEAR + ")-(?<m3>\\d{2})-(?<d3>\\d{2})(?!\\d)",
                "(?<d4>\\d{1,2})/(?<m4>\\d{1,2})/(?<y4>" + YEAR + ")(?!\\d)",
                "(?:(?:" + monthPrep + ")\\s+)?(?<m5>" + any + ")(?!\\p{L})\\.?\\s+(?<y5>" + YEAR + ")(?!\\d)",
                "(?:" + yearPrep + ")\\s+(?<y7>" + YEAR + ")(?![\\d\\p{L}])(?!\\s*[-/]\\s*\\d)");
        // matched against lower-cased text rather than with CASE_INSENSITIVE, which makes the scan
        // several times slower, and these patterns run over every sentence of every article
        numbered = Pattern.compile(START + "(?:" + String.join("|", numberedForms) + ")");
        monthAlone = Pattern.compile(START + "(?:" + monthPrep + ")\\s+(?<m6>" + full + ")(?!\\p{L})(?!\\s*\\d)");
    }

    /** The dates stated in {@code text}, in order; impossible days ("31 juin") are skipped. */
    List<DateMention> find(String text) {
        var plain = Accents.lowerCase(Accents.strip(text));
        var found = new ArrayList<DateMention>();
        var m = numbered.matcher(plain).useTransparentBounds(true).useAnchoringBounds(false);
        int searched = 0;
        for (int i = 0; i < plain.length(); i++) {
            if (!Character.isDigit(plain.charAt(i)) || i < searched) {
                continue;
            }
            m.region(Math.max(searched, i - REACH), Math.min(plain.length(), i + REACH));
            while (m.find()) {
                add(found, mention(m, text));
                searched = m.end();
            }
            while (i + 1 < plain.length() && Character.isDigit(plain.charAt(i + 1))) {
                i++;
            }
        }
        var alone = monthAlone.matcher(plain);
        while (alone.find()) {
            add(found, mention(alone, text));
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void add(List<DateMention> found, DateMention mention) {
        if (mention != null) {
            found.add(mention);
        }
    }

    private DateMention mention(Matcher m, String text) {
        for (int form = 1; form <= 7; form++) {
            var yearText = group(m, "y" + form);
            var monthText = group(m, "m" + form);
            var dayText = group(m, "d" + form);
            if (yearText == null && monthText == null && dayText == null) {
                continue;
            }
            int year = yearText == null ? 0 : Integer.parseInt(yearText);
            int month = monthText == null ? 0 : month(monthText);
            int day = dayText == null ? 0 : Integer.parseInt(dayText);
            if ((month != 0 || day != 0) && (month == 0 || (day != 0 && !DateMention.valid(year, month, day)))) {
                return null;
            }
            var det = group(m, "det" + form);
            boolean isToday = det != null && today.contains(key(det));
            var phrase = text.substring(m.start(), m.end()).strip();
            // the full stop after "oct." belongs to the date; after "mars" it ends the sentence
            if (phrase.endsWith(".") && monthText != null && fullNames.contains(key(monthText))) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            return new DateMention(year, month, day, phrase, m.start(), isToday);
        }
        return null;
    }

    private int month(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        return monthNumbers.getOrDefault(key(text), 0);
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private static String key(String word) {
        return Accents.strip(word).toLowerCase(Locale.ROOT);
    }

    /** A regex alternation of words, longest first so "sept" is tried before "sep". */
    private static String alternatives(Stream<String> words) {
        return words.map(DateFinder::key).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
