package dossier.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The words dates and sentences are read with: month and weekday names, the little words around
 * dates, abbreviations that do not end a sentence. Kept as data in
 * {@code dossier/clean/vocabulary.yaml}; {@link #defaults()} holds French and English.
 *
 * @param months           twelve lists of full month names, January first
 * @param monthAbbreviations twelve lists of abbreviations, trusted only next to a number
 * @param abbreviations    words (as written, without their full stop) that do not end a sentence
 * @param trailingWords    lower-case words a derived title must not end on
 */
public record Vocabulary(
        List<List<String>> months,
        List<List<String>> monthAbbreviations,
        List<String> weekdays,
        List<String> ordinals,
        List<String> determiners,
        List<String> today,
        List<String> monthPrepositions,
        List<String> yearPrepositions,
        List<String> future,
        Set<String> abbreviations,
        Set<String> trailingWords) {

    private static final Vocabulary DEFAULTS = load("vocabulary.yaml");

    public Vocabulary {
        months = months.stream().map(List::copyOf).toList();
        monthAbbreviations = monthAbbreviations.stream().map(List::copyOf).toList();
        if (months.size() != 12 || monthAbbreviations.size() != 12) {
            throw new IllegalArgumentException("months and month-abbreviations need twelve entries each");
        }
        weekdays = List.copyOf(weekdays);
        ordinals = List.copyOf(ordinals);
        determiners = List.copyOf(determiners);
        today = List.copyOf(today);
        monthPrepositions = List.copyOf(monthPrepositions);
        yearPrepositions = List.copyOf(yearPrepositions);
        future = List.copyOf(future);
        abbreviations = Set.copyOf(abbreviations);
        trailingWords = Set.copyOf(trailingWords);
    }

    /** French and English, as the dossiers we publish quote both. */
    public static Vocabulary defaults() {
        return DEFAULTS;
    }

    private static Vocabulary load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dossier/clean/" + resource);
            }
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new Vocabulary(nested(map, "months"), nested(map, "month-abbreviations"),
                    words(map, "weekdays"), words(map, "ordinals"), words(map, "determiners"),
                    words(map, "today"), words(map, "month-prepositions"), words(map, "year-prepositions"),
                    words(map, "future"), Set.copyOf(words(map, "abbreviations")),
                    Set.copyOf(words(map, "trailing-words")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof List<?> list)) {
            throw new IllegalStateException("vocabulary.yaml: \"" + key + "\" must be a list");
        }
        return list.stream().map(item -> word(key, item)).toList();
    }

    /** YAML reads a bare on, no or yes as a boolean: such a word must be quoted, or it silently becomes "true". */
    private static String word(String key, Object item) {
        if (!(item instanceof String word)) {
            throw new IllegalStateException("vocabulary.yaml: \"" + item + "\" in \"" + key + "\" is not text; quote it");
        }
        return word;
    }

    private static List<List<String>> nested(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof List<?> list)) {
            throw new IllegalStateException("vocabulary.yaml: \"" + key + "\" must be a list of lists");
        }
        return list.stream().map(item -> item instanceof List<?> inner
                ? inner.stream().map(word -> word(key, word)).toList() : List.of(word(key, item))).toList();
    }
}
