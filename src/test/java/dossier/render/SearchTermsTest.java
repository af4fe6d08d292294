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

    @Test
    void theOnePassReaderGivesTheTermsOfTheRulesAppliedPlainly() {
        var pieces = List.of("a", "e", "s", "x", "aux", "S", "É", "é", "œ", "Æ", "ǅ", "ﬁ", "Ж", "\u0301", "9", "’", "'",
                "ʼ", " ", ",", "-", "l", "d", "qu", "lorsqu", "puisqu", "jusqu", "ss", "les", "cette", "journaux",
                "\uD83D\uDE00", "\u202F", "«", "Coopération", "anticonstitutionnellementaux");
        var random = new java.util.Random(7);
        for (int run = 0; run < 5000; run++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertEquals(plainly(text.toString()), SearchTerms.of(text.toString()), text.toString());
        }
    }

    @Test
    void everyCharFoldsAsTheRulesFoldIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            var text = "ab" + (char) c + "cd";
            assertEquals(plainly(text), SearchTerms.of(text), "U+" + Integer.toHexString(c));
        }
    }

    /** The rules as the class comment states them, one string per character and per word. */
    private static List<String> plainly(String text) {
        var terms = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            var folded = foldPlainly(c);
            if (folded != null && (!folded.isEmpty() || Character.getType(c) == Character.NON_SPACING_MARK)) {
                word.append(folded);
                continue;
            }
            if (folded != null) {
                word.append(folded);
            }
            var w = word.toString();
            word.setLength(0);
            boolean elided = "'’ʼ".indexOf(c) >= 0 && SearchTerms.ELISIONS.contains(w);
            if (!elided && w.length() > 1 && !SearchTerms.STOP_WORDS.contains(w)) {
                terms.add(SearchTerms.stem(w));
            }
        }
        return terms;
    }

    private static String foldPlainly(char c) {
        if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return null;
        }
        var lower = Character.toString(Character.toLowerCase(c)).replace("œ", "oe").replace("æ", "ae");
        var kept = new StringBuilder();
        java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).chars()
                .filter(d -> d >= 'a' && d <= 'z' || d >= '0' && d <= '9')
                .forEach(d -> kept.append((char) d));
        return kept.toString();
    }
}
