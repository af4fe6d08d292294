package dossier.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The anchors of an article's paragraphs: {@code p-} and the paragraph's first five words,
 * accents folded ("Le Togo franchit une nouvelle étape…" → {@code p-le-togo-franchit-une-nouvelle}).
 *
 * <p>Words rather than a number, so inserting or removing a paragraph leaves every other anchor as
 * it was; only rewriting a paragraph's opening words changes its own. A repeated opening gets
 * {@code -2}, {@code -3} in order. One instance per article, in document order. A model rule, as
 * {@link Slug} is: the renderer gives the anchors and the link check at load knows them.
 */
public final class ParagraphAnchors {

    private static final int WORDS = 5;
    /** Enough text for five words in almost every paragraph; the whole text is folded only when not. */
    private static final int OPENING = 120;

    private final Set<String> used = new HashSet<>();

    /** The next paragraph's anchor, from its plain text. */
    public String next(String text) {
        var words = words(opening(text));
        if (words.size() < WORDS) {
            words = words(text);
        }
        return unique(String.join("-", words.subList(0, Math.min(WORDS, words.size()))));
    }

    /**
     * The text up to the first white space after {@link #OPENING} characters: a slug's words never
     * span white space, so the opening's words are the first words of the whole text.
     */
    private static String opening(String text) {
        for (int i = OPENING; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static List<String> words(String text) {
        var slug = Slug.of(text);
        return slug == null ? List.of() : Arrays.asList(slug.value().split("-"));
    }

    private String unique(String words) {
        var base = words.isEmpty() ? "p" : "p-" + words;
        var id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
