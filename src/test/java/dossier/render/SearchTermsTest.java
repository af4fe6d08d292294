package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    /** The pairs the browser's normaliser is checked against too (dossier.site.SearchIT). */
    static List<List<Object>> sharedCases() throws IOException {
        try (var in = SearchTermsTest.class.getResourceAsStream("/search/terms.json")) {
            var cases = new ArrayList<List<Object>>();
            new ObjectMapper().readTree(in).get("cases").forEach(pair -> {
                var terms = new ArrayList<String>();
                pair.get(1).forEach(t -> terms.add(t.asText()));
                cases.add(List.of(pair.get(0).asText(), terms));
            });
            return cases;
        }
    }

    @Test
    void everySharedCaseGivesItsTerms() throws IOException {
        var cases = sharedCases();
        for (var pair : cases) {
            assertEquals(pair.get(1), SearchTerms.of((String) pair.get(0)), (String) pair.get(0));
        }
        assertEquals(32, cases.size(), "all the shared cases were read");
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertEquals(List.of("cooperation"), SearchTerms.of("Coopération"));
    }

    @Test
    void elisionIsDroppedWithEitherApostrophe() {
        assertEquals(List.of("accord", "accord"), SearchTerms.of("l'accord, l’accord"));
    }

    @Test
    void pluralsMeetTheirSingular() {
        assertEquals(SearchTerms.of("accord militaire"), SearchTerms.of("accords militaires"));
        assertEquals(SearchTerms.of("journal"), SearchTerms.of("journaux"));
    }

    @Test
    void shortWordsDoNotLoseTheirLastLetter() {
        assertEquals(List.of("bus", "gaz"), SearchTerms.of("bus gaz"));
    }

    @Test
    void doubleSIsNotAPlural() {
        assertEquals("presse", SearchTerms.stem("presses"));
        assertEquals("stress", SearchTerms.stem("stress"));
    }

    @Test
    void stopWordsAndSingleLettersGiveNoTerm() {
        assertEquals(List.of("douma"), SearchTerms.of("et la Douma a"));
    }

    @Test
    void digitsAreWords() {
        assertEquals(List.of("2025", "g5"), SearchTerms.of("2025, G5"));
    }
}
