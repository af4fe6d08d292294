package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Slug;
import dossier.model.TitleWords;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A paragraph's folded words, as the date and title phrases are looked up in. */
class SourceParagraphsTest {

    @Test
    void paragraphWordsAreFoldedBetweenSingleSpaces() {
        assertEquals(" le 7 octobre l accord est signe a lome ", SourceParagraphs.folded("Le 7 octobre, l’accord est signé à Lomé."));
        assertEquals("  ", SourceParagraphs.folded("« — »"));
    }

    @Test
    void foldedWordsAreTheWordsSplitAndJoined() {
        var random = new Random(5);
        var alphabet = "aB9 ,’É-é\n«»œße\u0301ΣİﬁŒ";
        for (int n = 0; n < 5000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var words = Arrays.stream(Slug.fold(text.toString()).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
            assertEquals(" " + String.join(" ", words) + " ", SourceParagraphs.folded(text.toString()), text::toString);
        }
    }

    @Test
    void aTitleWordIsFoundAsAWholeWordOnTheParagraphsEdgesToo() {
        var words = SourceParagraphs.folded("Lomé signe l’accord de Lomé-Est, signé à Cotonou");
        assertEquals(" lome signe l accord de lome est signe a cotonou ", words);
        assertEquals(1, SourceParagraphs.wordsHeld(words, SourceParagraphs.spaced(Set.of("lome"))), "first word");
        assertEquals(1, SourceParagraphs.wordsHeld(words, SourceParagraphs.spaced(Set.of("cotonou"))), "last word");
        assertEquals(0, SourceParagraphs.wordsHeld(words, SourceParagraphs.spaced(Set.of("coton", "accords", "ccord"))),
                "a prefix, a longer word, a part of a word");
        assertEquals(2, SourceParagraphs.wordsHeld(words, SourceParagraphs.spaced(Set.of("signe", "est", "niger"))));
        assertEquals(0, SourceParagraphs.wordsHeld(SourceParagraphs.folded("« — »"), SourceParagraphs.spaced(Set.of("a"))));
    }

    @Test
    void titleWordsHeldAreThoseInTheSetOfTheParagraphsWords() {
        var random = new Random(7);
        var alphabet = "aB9 ,’É-é\n«»œße\u0301ΣİﬁŒ";
        for (int n = 0; n < 5000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var words = SourceParagraphs.folded(text.toString());
            var split = new HashSet<>(Arrays.asList(words.strip().split(" ")));
            var title = TitleWords.of(randomText(random, alphabet, 12) + " " + String.join(" ", split)).words();
            int inSet = (int) title.stream().filter(split::contains).count();
            assertEquals(inSet, SourceParagraphs.wordsHeld(words, SourceParagraphs.spaced(title)), words + " / " + title);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        var text = new StringBuilder();
        for (int i = random.nextInt(length); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
