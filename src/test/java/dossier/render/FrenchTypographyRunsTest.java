package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules applied a run at a time give what applying them a character at a time gave. */
class FrenchTypographyRunsTest {

    @Test
    void textGivesWhatTheCharacterByCharacterRulesGive() {
        var random = new Random(11);
        var alphabet = "ab Z9 '’;!?:«»)].,&#x\u00A0\u202F\n";
        for (int n = 0; n < 20000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var plain = text.toString();
            var expected = new StringBuilder();
            apply(plain, 0, plain.length(), expected);
            assertEquals(plain.isEmpty() ? "" : expected.toString(), FrenchTypography.text(plain), plain);
        }
    }

    // the rules as they were written before, one character appended at a time

    private static void apply(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int end = i;
                while (end < to && isSpace(s.charAt(end))) {
                    end++;
                }
                char next = end < to ? s.charAt(end) : 0;
                boolean afterWord = i > from && !isSpace(s.charAt(i - 1));
                if (afterWord && isHigh(next) && endsPunctuation(s, end, to)) {
                    out.append('\u202F');
                } else if (afterWord && next == ':' && (end + 1 == to || Character.isWhitespace(s.charAt(end + 1)))) {
                    out.append('\u00A0');
                } else if (next == '»' || (i > from && s.charAt(i - 1) == '«')) {
                    out.append('\u00A0');
                } else {
                    out.append(s, i, end);
                }
                i = end;
                continue;
            }
            if (c == '\'' && i > from && i + 1 < to && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
                out.append('’');
            } else if (isHigh(c) && i > from && attachesTo(s.charAt(i - 1)) && !isHigh(s.charAt(i - 1))
                    && endsPunctuation(s, i, to) && !inEntity(s, from, i)) {
                out.append('\u202F').append(c);
            } else if (c == '»' && i > from && !isSpace(s.charAt(i - 1))) {
                out.append('\u00A0').append(c);
            } else if (c == '«' && i + 1 < to && !isSpace(s.charAt(i + 1))) {
                out.append(c).append('\u00A0');
            } else {
                out.append(c);
            }
            i++;
        }
    }

    /** True when the run of ;!? starting at {@code at} ends the word: end of text, space or closing mark. */
    private static boolean endsPunctuation(String s, int at, int to) {
        int end = at;
        while (end < to && isHigh(s.charAt(end))) {
            end++;
        }
        if (end == to) {
            return true;
        }
        char after = s.charAt(end);
        return Character.isWhitespace(after) || isSpace(after) || "»)].,:".indexOf(after) >= 0;
    }

    /** True when the ";" at {@code at} closes an HTML entity such as {@code &amp;}. */
    private static boolean inEntity(String s, int from, int at) {
        for (int j = at - 1; j >= from && at - j <= 12; j--) {
            char c = s.charAt(j);
            if (c == '&') {
                return j < at - 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return false;
            }
        }
        return false;
    }

    private static boolean attachesTo(char previous) {
        return Character.isLetterOrDigit(previous) || "»)]…’'\"".indexOf(previous) >= 0;
    }

    private static boolean isHigh(char c) {
        return c == ';' || c == '!' || c == '?';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

}
