package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Numbering the terms through the table of words met gives the terms {@link SearchTerms#of} gives, text after text. */
class SearchTermsNumberingTest {

    @Property(tries = 300)
    void numbersAreThoseOfTheTermsOfEachText(@ForAll("texts") List<String> texts) {
        assertSameTerms(texts);
    }

    @Example
    void manyDistinctWordsGrowTheTableAndKeepTheirNumbers() {
        var random = new Random(5);
        var texts = new ArrayList<String>();
        for (int t = 0; t < 40; t++) {
            var text = new StringBuilder();
            for (int w = 0; w < 400; w++) {
                for (int i = 2 + random.nextInt(9); i > 0; i--) {
                    text.append("abcdefghijklmnopqrstuvwxyzéèàçœ".charAt(random.nextInt(31)));
                }
                text.append(random.nextInt(8) == 0 ? "’" : " ");
            }
            texts.add(text.toString());
        }
        assertSameTerms(texts);
    }

    private static void assertSameTerms(List<String> texts) {
        var numbers = new HashMap<String, Integer>();
        var terms = new ArrayList<String>();
        var numbering = new SearchTerms.Numbering(term -> numbers.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        }));
        for (var text : texts) {
            var found = new ArrayList<String>();
            numbering.forEach(text, number -> found.add(terms.get(number)));
            assertEquals(SearchTerms.of(text), found, text);
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        var pieces = Arbitraries.oneOf(Arbitraries.chars().all().map(String::valueOf), Arbitraries.of("l", "d", "qu",
                "jusqu", "lorsqu", "puisqu", "le", "les", "accord", "accords", "journaux", "journal", "Sécurité", "ŒUVRE",
                "bras", "xx", "aux", "vaux", "2025", "e\u0301", "ПУТИН", " ", " ", " ", "’", "'", "ʼ", "-", ", ", "\n"));
        return pieces.list().ofMaxSize(80).map(list -> String.join("", list)).list().ofMinSize(1).ofMaxSize(8);
    }
}
