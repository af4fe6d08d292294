package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A paragraph's anchor is {@code p-} and the first five words of its slug, numbered on repeats. */
class ParagraphAnchorsTest {

    @Test
    void anchorIsTheFirstFiveWordsFolded() {
        var anchors = new ParagraphAnchors();
        assertEquals("p-le-togo-franchit-une-nouvelle", anchors.next("Le Togo franchit une nouvelle étape décisive."));
        assertEquals("p-le-togo-franchit-une-nouvelle-2", anchors.next("Le Togo franchit une nouvelle fois la frontière."));
        assertEquals("p", anchors.next("« — »"));
        assertEquals("p-2", anchors.next(""));
        assertEquals("p-un-deux", anchors.next("Un, deux…"));
    }

    @Test
    void anchorsAreTheSlugsFirstWordsJoined() {
        var random = new Random(13);
        var words = List.of("Le", "togo", "É", "œuvre", " ", "  ", "\n", ",", "’", "-", "1er", "x", "e\u0301");
        for (int n = 0; n < 300; n++) {
            var anchors = new ParagraphAnchors();
            var used = new HashSet<String>();
            for (int p = 0; p < 8; p++) {
                var text = new StringBuilder();
                for (int i = random.nextInt(90); i > 0; i--) {
                    text.append(words.get(random.nextInt(words.size())));
                }
                var slug = Slug.of(text.toString());
                var all = slug == null ? List.<String>of() : Arrays.asList(slug.value().split("-"));
                var base = all.isEmpty() ? "p" : "p-" + String.join("-", new ArrayList<>(all.subList(0, Math.min(5, all.size()))));
                var expected = base;
                for (int k = 2; !used.add(expected); k++) {
                    expected = base + "-" + k;
                }
                assertEquals(expected, anchors.next(text.toString()), text::toString);
            }
        }
    }
}
