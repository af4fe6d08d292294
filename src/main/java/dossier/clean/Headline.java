package dossier.clean;

import dossier.model.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article's headline: found among the lines before the first line of article text, or cut
 * from the first sentence when the scraped text has none.
 */
final class Headline {

    private Headline() {
    }

    /**
     * The index in {@code kept} of the headline, or -1. The candidates are the lines before the
     * first body-like line; the first that is title-like and longer than a menu item wins, so a
     * section name above the headline ("INTERNATIONAL") is passed over. A line followed by one
     * starting in lower case is a wrapped sentence, not a headline.
     */
    static int find(List<Line> kept, Limits limits) {
        var head = new ArrayList<Integer>();
        for (int i = 0; i < kept.size(); i++) {
            var line = kept.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (Shape.bodyLike(line.text(), limits.headlineChars()) || continuesOnNextLine(kept, i)) {
                break;
            }
            head.add(i);
        }
        for (int i : head) {
            var text = kept.get(i).text();
            if (Shape.titleLike(text, limits.headlineChars()) && !Shape.menuLike(text, limits.menuWords())) {
                return i;
            }
        }
        return !head.isEmpty() && Shape.titleLike(kept.get(head.get(0)).text(), limits.headlineChars())
                ? head.get(0) : -1;
    }

    /** True when two lines say the same headline, whatever their case, accents or final mark. */
    static boolean same(String headline, String line) {
        return key(headline).equals(key(line));
    }

    private static String key(String text) {
        return Slug.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean continuesOnNextLine(List<Line> kept, int i) {
        return i + 1 < kept.size() && !kept.get(i + 1).isBlank() && Shape.startsLowerCase(kept.get(i + 1).text());
    }

    /**
     * A title cut from a sentence: the whole sentence when it fits in {@code maxChars}, else its
     * words up to that length, never ending on a little word ("de", "the") or on punctuation.
     */
    static String derive(String sentence, int maxChars, Set<String> trailingWords) {
        var text = trimEnd(sentence);
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        var words = new ArrayList<>(List.of(text.substring(0, cut > 0 ? cut : maxChars).split(" ")));
        while (words.size() > 1 && trailingWords.contains(Slug.fold(trimEnd(words.get(words.size() - 1))))) {
            words.remove(words.size() - 1);
        }
        return trimEnd(String.join(" ", words));
    }

    private static String trimEnd(String text) {
        return text.strip().replaceAll("[\\s.,;:!?…–—-]+$", "");
    }
}
