package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Slug;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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
    void aParagraphsWordSetHoldsTheWordsASplitOnSpacesGives() {
        var random = new Random(7);
        var alphabet = "aB9 ,’É-é\n«»œße\u0301ΣİﬁŒ";
        for (int n = 0; n < 5000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var words = SourceParagraphs.folded(text.toString());
            var split = new HashSet<>(Arrays.asList(words.strip().split(" ")));
            split.remove("");
            var read = SourceParagraphs.Read.of(List.of(new Bodies.Paragraph("p-x", words))).get(0);
            assertEquals(split, read.present(), words);
            assertEquals(words, read.words());
        }
    }
}
