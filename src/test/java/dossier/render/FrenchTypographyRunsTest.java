package dossier.render;

import static dossier.render.FrenchTypography.attachesTo;
import static dossier.render.FrenchTypography.endsPunctuation;
import static dossier.render.FrenchTypography.inEntity;
import static dossier.render.FrenchTypography.isHigh;
import static dossier.render.FrenchTypography.isSpace;
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

    // the rules as they were written before, one character appended at a time (the character tests are
    // FrenchTypography's own: what changed is how the text is copied)

    private static void apply(String s, int from, int to, StringBuilder out) {
        var chars = s.toCharArray();
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
                if (afterWord && isHigh(next) && endsPunctuation(chars, end, to)) {
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
                    && endsPunctuation(chars, i, to) && !inEntity(chars, from, i)) {
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
}
