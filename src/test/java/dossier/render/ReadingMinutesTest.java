package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The reading time counts words parted by any Java white space, as the first version did char by char. */
class ReadingMinutesTest {

    @Test
    void everyCharPartsWordsExactlyWhenJavaCallsItWhiteSpace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // 231 words when the char parts them, one word when it does not
            var text = ("a" + (char) c).repeat(230) + "a";
            int expected = Character.isWhitespace((char) c) ? 2 : 1;
            assertEquals(expected, ArticlePage.readingMinutes(text), "U+" + Integer.toHexString(c));
        }
    }

    @Property(tries = 500)
    void minutesAreThoseOfTheCharByCharCount(@ForAll("texts") String text) {
        assertEquals(charByChar(text), ArticlePage.readingMinutes(text));
    }

    @Provide
    Arbitrary<String> texts() {
        var pieces = Arbitraries.of("mot", "l’accord", "été", " ", "  ", "\n", "\t", "\u00A0", "\u202F", "\u2003",
                "\u2028", "\u001C", "«", "»", "…", "—", "\r\n", "x");
        return pieces.list().ofMaxSize(1500).map(list -> String.join("", list));
    }

    /** The count as first written, with {@link Character#isWhitespace} on each char. */
    private static int charByChar(String markdown) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); i++) {
            boolean space = Character.isWhitespace(markdown.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(1, (words + 229) / 230);
    }
}
