package dossier.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL word: lower-case ASCII letters, digits and single dashes, never empty.
 *
 * <p>{@link #of(String)} folds accents and ligatures so "Sécurité régionale" and
 * "securite regionale" give the same slug, which keeps French URLs stable and typeable.
 */
public record Slug(String value) implements Comparable<Slug> {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a slug: \"" + value + "\"");
        }
    }

    /** True when {@code text} is already a slug as is. */
    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    /** The slug of any text, or {@code null} when the text has no letter or digit at all. */
    public static Slug of(String text) {
        var folded = fold(text);
        var dashed = NON_WORD.matcher(folded).replaceAll("-");
        var trimmed = dashed.replaceAll("^-+|-+$", "");
        return trimmed.isEmpty() ? null : new Slug(trimmed);
    }

    /** Lower-case ASCII form of a text: accents removed, œ and æ spelled out. */
    public static String fold(String text) {
        if (isAscii(text)) {
            // nothing to spell out or decompose: most words and many whole paragraphs
            return text.toLowerCase(Locale.ROOT);
        }
        var spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace('’', '\'');
        var decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Slug other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    // Written out rather than left to the record's generated methods: maps keyed by Slug are
    // probed hundreds of thousands of times per preview update, and these inline where those did not.
    @Override
    public boolean equals(Object other) {
        return other instanceof Slug that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
