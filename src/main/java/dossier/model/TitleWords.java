package dossier.model;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words that carry an event's title, accents and case folded and French grammar words left
 * out: "L’accord est signé à Lomé" → {accord, lome, signe}. Two reports of one event rarely word
 * it identically, but they share these. {@code names} are the words written with a capital past
 * the first word (Lomé, Douma): the places and people that tell two similar events apart.
 */
public record TitleWords(Set<String> words, Set<String> names) {

    /** Articles, prepositions and auxiliaries: they differ between two wordings of one fact. */
    private static final Set<String> GRAMMAR = Set.of("a", "au", "aux", "avec", "ce", "ces", "cet", "cette",
            "d", "dans", "de", "des", "du", "en", "est", "et", "l", "la", "le", "les", "leur", "leurs", "par",
            "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "ont",
            "ete", "the", "of", "and", "in", "to");

    /** How much two titles on one date must share to be one event: the Jaccard index of their words. */
    static final double SAME_EVENT = 0.6;

    public TitleWords {
        words = Set.copyOf(words);
        names = Set.copyOf(names);
    }

    public static TitleWords of(String title) {
        var words = Arrays.stream(Slug.fold(title).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !GRAMMAR.contains(w))
                .collect(Collectors.toCollection(TreeSet::new));
        var written = title.strip().split("[^\\p{L}\\p{N}]+");
        var names = Arrays.stream(written).skip(1)
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                .map(Slug::fold)
                .collect(Collectors.toSet());
        return new TitleWords(words, names);
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
        long shared = words.stream().filter(other.words::contains).count();
        return (double) shared / (words.size() + other.words.size() - shared);
    }

    /**
     * Similar enough, and naming no one and nowhere the other leaves out: "… avec le Togo" and
     * "… avec le Bénin" share most words but are two accords; "Gnassingbé rencontre Poutine" and
     * "Faure Gnassingbé rencontre Vladimir Poutine" are one meeting.
     */
    public boolean sameEventAs(TitleWords other) {
        boolean namesAgree = other.names.containsAll(names) || names.containsAll(other.names);
        return namesAgree && similarity(other) >= SAME_EVENT;
    }
}
