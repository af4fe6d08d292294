package dossier.clean;

import dossier.model.Slug;
import dossier.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Suggests tags of the dossier's vocabulary for an article: a tag is suggested when its label or
 * one of its aliases ("Moscou", "Fédération de Russie" for Russie) appears in the text as whole
 * words, whatever the case and accents. The most mentioned tags come first.
 */
public final class TagSuggester {

    private record Entry(Slug slug, Pattern names) {
    }

    private record Count(Slug slug, int mentions, int first) {
    }

    private final List<Entry> entries;

    public TagSuggester(List<Tag> vocabulary) {
        this.entries = vocabulary.stream()
                .map(tag -> new Entry(tag.slug(), names(Stream.concat(Stream.of(tag.label()), tag.aliases().stream()))))
                .filter(entry -> entry.names() != null)
                .toList();
    }

    /** The slugs of the tags named in {@code text}, most mentioned first, then first mentioned first. */
    public List<Slug> suggest(String text) {
        var folded = Slug.fold(text);
        var counts = new ArrayList<Count>();
        for (var entry : entries) {
            var m = entry.names().matcher(folded);
            int mentions = 0;
            int first = -1;
            while (m.find()) {
                first = mentions++ == 0 ? m.start() : first;
            }
            if (mentions > 0) {
                counts.add(new Count(entry.slug(), mentions, first));
            }
        }
        return counts.stream()
                .sorted(Comparator.comparingInt(Count::mentions).reversed()
                        .thenComparingInt(Count::first).thenComparing(Count::slug))
                .map(Count::slug).toList();
    }

    /** As {@link #suggest(String)}, over the article's title and body. */
    public List<Slug> suggest(CleanArticle article) {
        return suggest(article.text());
    }

    /**
     * One pattern for all names of a tag, longest first so "Fédération de Russie" is one mention,
     * not also one of "Russie". Spaces and dashes between words match each other: "Burkina-Faso".
     */
    private static Pattern names(Stream<String> names) {
        var alternatives = names.map(Slug::fold).map(String::strip).filter(name -> !name.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Stream.of(name.split("[\\s-]+")).map(Pattern::quote).collect(Collectors.joining("[\\s-]+")))
                .collect(Collectors.joining("|"));
        return alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
