package dossier.model;

import java.util.HashSet;
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
        var words = Slug.words(opening(text), '-');
        if (count(words) < WORDS) {
            words = Slug.words(text, '-');
        }
        return unique(first(words));
    }

    /** How many words a slug's dashed words hold. */
    private static int count(String words) {
        int dashes = 0;
        for (int i = words.indexOf('-'); i >= 0 && dashes < WORDS; i = words.indexOf('-', i + 1)) {
            dashes++;
        }
        return words.isEmpty() ? 0 : dashes + 1;
    }

    /** The first {@link #WORDS} of dashed words, still dashed. */
    private static String first(String words) {
        int end = -1;
        for (int n = 0; n < WORDS; n++) {
            end = words.indexOf('-', end + 1);
            if (end < 0) {
                return words;
            }
        }
        return words.substring(0, end);
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

    private String unique(String words) {
        var base = words.isEmpty() ? "p" : "p-" + words;
        var id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
