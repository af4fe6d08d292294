package dossier.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that carry an event's title, accents and case folded and French grammar words left
 * out: "L’accord est signé à Lomé" → {accord, lome, signe}. Two reports of one event rarely word
 * it identically, but they share these. {@code names} are the words written with a capital past
 * the first word (Lomé, Douma) and the numbers: the places, people and figures that tell two
 * similar events apart.
 */
public record TitleWords(Set<String> words, Set<String> names) {

    /** Articles, prepositions and auxiliaries: they differ between two wordings of one fact. */
    private static final Set<String> GRAMMAR = Set.of("a", "au", "aux", "avec", "ce", "ces", "cet", "cette",
            "d", "dans", "de", "des", "du", "en", "est", "et", "l", "la", "le", "les", "leur", "leurs", "par",
            "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "ont",
            "ete", "the", "of", "and", "in", "to");

    private static final Map<Character, String> FOLDED = new ConcurrentHashMap<>();
    private static final Map<Character, String> SPELLED = new ConcurrentHashMap<>();

    /** How much two titles on one date must share to be one event: the Jaccard index of their words. */
    static final double SAME_EVENT = 0.6;

    public TitleWords {
        words = Set.copyOf(words);
        names = Set.copyOf(names);
    }

    public static TitleWords of(String title) {
        var words = new TreeSet<String>();
        var names = new HashSet<String>();
        var word = new StringBuilder();
        boolean capital = false;
        boolean digit = false;
        int count = 0;
        for (int i = 0; i <= title.length(); i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            var folded = fold(c);
            if (!folded.isEmpty()) {
                if (word.isEmpty()) {
                    capital = Character.isUpperCase(c);
                }
                digit |= Character.isDigit(c);
                word.append(folded);
                continue;
            }
            if (!word.isEmpty()) {
                var text = word.toString();
                if (!GRAMMAR.contains(text)) {
                    words.add(text);
                }
                if (digit || (capital && count > 0)) {
                    names.add(text);
                }
                count++;
                word.setLength(0);
                digit = false;
            }
        }
        return new TitleWords(words, names);
    }

    /** The title as {@link Slug#fold} gives it (lower case, accents off), read character by character. */
    public static String folded(String title) {
        var out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c < 128) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(SPELLED.computeIfAbsent(c, k -> Slug.fold(String.valueOf(k))));
            }
        }
        return out.toString();
    }

    /**
     * One character as {@link Slug#fold} spells it, letters and digits only ("" for the rest).
     * Done per character, non-ASCII ones remembered: folding whole titles through the Unicode
     * normaliser cost most of the time of merging a large dossier.
     */
    private static String fold(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + ('a' - 'A')));
        }
        if (c < 128) {
            return "";
        }
        return FOLDED.computeIfAbsent(c, k -> Slug.fold(String.valueOf(k)).replaceAll("[^a-z0-9]", ""));
    }

    /** The words sorted and joined: equal keys, same words. */
    public String key() {
        return String.join(" ", new TreeSet<>(words));
    }

    /** Shared words over all words of both titles (1 for the same words, 0 for none in common). */
    public double similarity(TitleWords other) {
        if (words.isEmpty() && other.words.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (var word : words) {
            shared += other.words.contains(word) ? 1 : 0;
        }
        return (double) shared / (words.size() + other.words.size() - shared);
    }

    /**
     * Similar enough, and naming no one and nowhere the other leaves out: "… avec le Togo" and
     * "… avec le Bénin" share most words but are two accords; "Gnassingbé rencontre Poutine" and
     * "Faure Gnassingbé rencontre Vladimir Poutine" are one meeting.
     */
    public boolean sameEventAs(TitleWords other) {
        return namesAgree(other) && similarity(other) >= SAME_EVENT;
    }

    /** One title's names all appear in the other's. */
    boolean namesAgree(TitleWords other) {
        return other.names.containsAll(names) || names.containsAll(other.names);
    }
}
