package dossier.clean;

/**
 * What a line looks like without reading it: a sentence, a title, a menu item. The cleaner's
 * layout decisions (headline, subheadings, footers) all rest on these few tests.
 */
final class Shape {

    /** Closing quotes and brackets are looked through: « … merci ». ends a sentence. */
    private static final String CLOSERS = "»”\"'’)]";
    private static final String OPENERS = "«“\"'‘([–—-";

    private Shape() {
    }

    /** The line's last character that is not a closing quote, bracket or space; 0 for none. */
    static char lastMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c != ' ' && CLOSERS.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** The line's first character that is not an opening quote, bracket or space; 0 for none. */
    static char firstMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && OPENERS.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** Ends as a sentence, a list intro or a question: the text after it is a new sentence. */
    static boolean endsSentence(String text) {
        return ".!?…:;".indexOf(lastMark(text)) >= 0;
    }

    /** Starts like the rest of a sentence cut by a line break (a hard-wrapped paragraph). */
    static boolean startsLowerCase(String text) {
        return Character.isLowerCase(firstMark(text));
    }

    /**
     * Could be a headline or a subheading: short, opening on a capital or a digit, and not
     * ending as a statement does (a question or an exclamation is fine: titles ask them).
     */
    static boolean titleLike(String text, int maxChars) {
        char first = firstMark(text);
        return !text.isEmpty() && text.length() <= maxChars
                && (Character.isUpperCase(first) || Character.isDigit(first))
                && ".…:;,".indexOf(lastMark(text)) < 0;
    }

    /** Too long for a headline, or a statement that is not title-like: article text. */
    static boolean bodyLike(String text, int headlineChars) {
        return text.length() > headlineChars || (endsSentence(text) && !titleLike(text, headlineChars));
    }

    /** A menu, category or tag line: a few words, no sentence punctuation at the end. */
    static boolean menuLike(String text, int menuWords) {
        return !text.isEmpty() && Line.wordCount(text) <= menuWords && ".…:;,!?".indexOf(lastMark(text)) < 0;
    }
}
