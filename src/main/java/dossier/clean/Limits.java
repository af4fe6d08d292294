package dossier.clean;

import java.util.List;
import java.util.Map;

/**
 * The numbers behind the layout rules: how long a headline, a subheading and a derived title may
 * be, and what a menu line and a footer look like. Set with {@code limit NAME NUMBER} lines.
 */
public record Limits(int headlineChars, int headingChars, int titleChars, int menuWords, int menuLines) {

    /**
     * Headlines on the sites we scrape run to about 120 characters; subheadings stay under 80;
     * 90 characters fit a title on two lines of a phone; menu items are one to four words.
     */
    public static final Limits DEFAULTS = new Limits(150, 80, 90, 4, 2);

    /** The names a rules file uses, in the order of the components. */
    static final List<String> NAMES =
            List.of("headline-chars", "heading-chars", "title-chars", "menu-words", "menu-lines");

    public Limits {
        if (headlineChars < 1 || headingChars < 1 || titleChars < 10 || menuWords < 1 || menuLines < 1) {
            throw new IllegalArgumentException("limits out of range: " + headlineChars + ", " + headingChars
                    + ", " + titleChars + ", " + menuWords + ", " + menuLines);
        }
    }

    /** These limits with some of them replaced, by name. */
    Limits with(Map<String, Integer> changes) {
        return new Limits(
                changes.getOrDefault("headline-chars", headlineChars),
                changes.getOrDefault("heading-chars", headingChars),
                changes.getOrDefault("title-chars", titleChars),
                changes.getOrDefault("menu-words", menuWords),
                changes.getOrDefault("menu-lines", menuLines));
    }
}
