package dossier.render;

import dossier.model.Slug;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The anchors of an article's paragraphs: {@code p-} and the paragraph's first five words,
 * accents folded ("Le Togo franchit une nouvelle étape…" → {@code p-le-togo-franchit-une-nouvelle}).
 *
 * <p>Words rather than a number, so inserting or removing a paragraph leaves every other anchor as
 * it was; only rewriting a paragraph's opening words changes its own. A repeated opening gets
 * {@code -2}, {@code -3} in order. One instance per article, in document order.
 */
final class ParagraphAnchors {

    private static final int WORDS = 5;

    private final Set<String> used = new HashSet<>();

    /** The next paragraph's anchor, from its plain text. */
    String next(String text) {
        var slug = Slug.of(text);
        var words = slug == null ? "" : Arrays.stream(slug.value().split("-")).limit(WORDS).collect(Collectors.joining("-"));
        var base = words.isEmpty() ? "p" : "p-" + words;
        var id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
