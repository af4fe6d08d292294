package dossier.clean;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One junk rule of a rules file: what a matching line is ({@link Kind}), a name saying why, the
 * longest line it applies to, and the pattern searched in the line with accents stripped.
 *
 * @param maxWords the rule ignores lines of more words than this; {@link Integer#MAX_VALUE} for any
 * @param twoLines the pattern holds {@code \n} and matches the line joined to the next non-blank one
 */
public record Rule(Kind kind, String name, int maxWords, Pattern pattern, boolean twoLines) {

    /** What a line matching a rule is, and so what the cleaner does with it. */
    public enum Kind {
        /** junk: the line is removed */
        DROP,
        /** a heading over links to other articles: removed with the link titles under it */
        LINKS,
        /** the start of a trailing section such as reader comments: removed to the end of the text */
        CUT,
        /** author, outlet or date of publication: removed, and read for those */
        BYLINE
    }

    /** Case- and Unicode-aware, so \w and \b work on letters beyond ASCII left after stripping. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** A bracket expression such as [^\n], whose \n does not ask for a second line. */
    private static final Pattern BRACKETS = Pattern.compile("\\[(?:\\\\.|[^\\]\\\\])*]");

    public Rule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** Longer than any French or English word, shorter than a URL pasted without spaces. */
    private static final int MAX_WORD_LENGTH = 40;

    /** A rule from its pattern as written in a rules file; accents in the pattern are stripped too. */
    public static Rule of(Kind kind, String name, int maxWords, String regex) {
        var pattern = Pattern.compile(Accents.strip(regex), FLAGS);
        return new Rule(kind, name, maxWords, pattern, BRACKETS.matcher(regex).replaceAll("").contains("\\n"));
    }

    /**
     * The match of this rule in {@code text} (one line, or two joined by a newline for a two-line
     * rule), or {@code null}. Group offsets are valid in {@code text} itself, since stripping
     * accents keeps every character in its place.
     */
    Matcher match(String text) {
        return match(Accents.strip(text), Line.wordCount(text));
    }

    /** As {@link #match(String)}, given the text already stripped and its words counted, as every rule needs them. */
    Matcher match(String stripped, int words) {
        // a junk line is a few words of ordinary length; past that, a rule's pattern could recurse
        // once per character of a long unbroken token (a pasted URL or base64) and overflow the stack
        if (words > maxWords || stripped.length() > (long) maxWords * MAX_WORD_LENGTH) {
            return null;
        }
        var matcher = pattern.matcher(stripped);
        return matcher.find() ? matcher : null;
    }

    boolean hasGroup(String group) {
        return pattern.pattern().contains("(?<" + group + ">");
    }
}
