package dossier.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean": the closest known word by edit distance, when it is close enough to help. */
final class Suggestion {

    private Suggestion() {
    }

    static Optional<String> closest(String word, Collection<String> known) {
        var folded = dossier.model.Slug.fold(word);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(folded, dossier.model.Slug.fold(k)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(k -> distance(folded, dossier.model.Slug.fold(k)) <= Math.max(2, word.length() / 3));
    }

    static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
