package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reading text read from a char array is the one read with charAt, on any Markdown; read after
 * a lead, it is the lead and a space joined to it.
 */
class PlainTextPropertiesTest {

    @Property(tries = 2000)
    void readingTextIsTheOneReadCharByChar(@ForAll("markdown") String markdown) {
        assertEquals(CharByChar.of(markdown), PlainText.of(markdown), markdown);
    }

    @Property(tries = 1000)
    void textAfterALeadIsTheLeadASpaceAndTheReadingText(@ForAll("markdown") String lead, @ForAll("markdown") String markdown) {
        assertEquals(lead + " " + PlainText.of(markdown), new String(PlainText.after(lead, markdown)), markdown);
    }

    @Example
    void everyCharIsWhiteSpaceExactlyWhenItWasCharByChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(CharByChar.isSpace((char) c), PlainText.isSpace((char) c), "U+" + Integer.toHexString(c));
            if (c >= 0x80) {
                assertEquals(Character.isWhitespace((char) c), PlainText.isWideWhitespace((char) c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Provide
    Arbitrary<String> markdown() {
        var pieces = Arbitraries.oneOf(Arbitraries.chars().all().map(String::valueOf), Arbitraries.of("mot", "l’accord",
                "Sécurité", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u202F", "\u2003", "#", "## ", "> ", "- ", "* ",
                "+ ", "```", "~~~", "|", "|---|", ":", "-", "**", "*", "_", "`", "[", "]", "(", ")", "](", "![", "!",
                "\\", "\\*", "[a](http://e.org)", "\u001F", "«", "»", "…", "\uD83D\uDE00"));
        return pieces.list().ofMaxSize(200).map(list -> String.join("", list));
    }

    /** The reader as first written, with charAt and a StringBuilder. */
    private static final class CharByChar {
        static String of(String markdown) {
            var text = new StringBuilder(markdown.length());
            int start = 0;
            int n = markdown.length();
            while (start < n) {
                int end = markdown.indexOf('\n', start);
                end = end < 0 ? n : end;
                line(markdown, start, end, text);
                start = end + 1;
            }
            int last = text.length();
            return last > 0 && text.charAt(last - 1) == ' ' ? text.substring(0, last - 1) : text.toString();
        }

        /** Appends one line's text, skipping its block marks; a table rule or a fence adds nothing. */
        private static void line(String s, int from, int to, StringBuilder out) {
            int i = skipSpaces(s, from, to);
            if (s.startsWith("```", i) || s.startsWith("~~~", i) || isTableRule(s, i, to)) {
                return;
            }
            while (i < to && (s.charAt(i) == '#' || s.charAt(i) == '>')) {
                i++;
            }
            i = skipSpaces(s, i, to);
            if (i + 1 < to && "-*+".indexOf(s.charAt(i)) >= 0 && s.charAt(i + 1) == ' ') {
                i += 2;
            }
            inline(s, i, to, out);
        }

        private static int skipSpaces(String s, int i, int to) {
            while (i < to && isSpace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isTableRule(String s, int from, int to) {
            boolean dash = false;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '-') {
                    dash = true;
                } else if (c != '|' && c != ':' && !isSpace(c)) {
                    return false;
                }
            }
            return dash;
        }

        /** Copies inline text: {@code [label](target)} keeps its label, emphasis and escapes go, spaces collapse. */
        private static void inline(String s, int from, int to, StringBuilder out) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < to) {
                    out.append(s.charAt(++i));
                } else if (c == ']' && i + 1 < to && s.charAt(i + 1) == '(') {
                    int close = s.indexOf(')', i);
                    i = close < 0 || close >= to ? i : close;
                } else if (c == '|' || isSpace(c)) {
                    space(out);
                } else if (c != '*' && c != '_' && c != '`' && c != '[' && !(c == '!' && i + 1 < to && s.charAt(i + 1) == '[')) {
                    out.append(c);
                }
            }
            space(out);
        }

        /** White space, the ASCII kind answered without a table look-up. */
        private static boolean isSpace(char c) {
            return c <= ' ' || c >= 128 && Character.isWhitespace(c);
        }

        private static void space(StringBuilder out) {
            int n = out.length();
            if (n > 0 && out.charAt(n - 1) != ' ') {
                out.append(' ');
            }
        }
    }
}
