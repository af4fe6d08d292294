package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final SearchIndex INDEX = SearchIndex.of(List.of(
            new SearchIndex.Source("La Douma ratifie l’accord", "Les députés ont ratifié l’accord. Accords signés."),
            new SearchIndex.Source("Visite au Kremlin", "Un accord de coopération est évoqué."),
            new SearchIndex.Source("Sécurité", "Rien à voir.")));

    @Test
    void postingsCountTitleAndTextSeparately() {
        assertArrayEquals(new int[] {0, 1, 2, 1, 0, 1}, INDEX.postings("accord"));
    }

    @Test
    void termsAreNormalisedBeforeIndexing() {
        assertArrayEquals(new int[] {1, 0, 1}, INDEX.postings("cooperation"));
        assertArrayEquals(new int[] {2, 1, 0}, INDEX.postings("securite"));
    }

    @Test
    void termsAreSortedAndStopWordsLeftOut() {
        assertEquals(List.of("accord", "cooperation", "depute", "douma", "evoque", "kremlin", "ont", "ratifie",
                "rien", "securite", "signe", "visite", "voir"), List.copyOf(INDEX.postings().keySet()));
    }

    @Test
    void countsStopAtTheirCap() {
        var index = SearchIndex.of(List.of(new SearchIndex.Source("", "accord ".repeat(150))));
        assertArrayEquals(new int[] {0, 0, SearchIndex.MAX_COUNT}, index.postings("accord"));
    }

    @Test
    void titleAndTextCountsStopAtTheirCapEachOnItsOwn() {
        var index = SearchIndex.of(List.of(new SearchIndex.Source("accord ".repeat(120), "accord ".repeat(3)),
                new SearchIndex.Source("accord", "traité ".repeat(200) + "accord")));
        assertArrayEquals(new int[] {0, SearchIndex.MAX_COUNT, 3, 1, 1, 1}, index.postings("accord"));
        assertArrayEquals(new int[] {1, 0, SearchIndex.MAX_COUNT}, index.postings("traite"));
    }

    @Test
    void unknownTermHasNoPostings() {
        assertArrayEquals(new int[0], INDEX.postings("absent"));
    }
}
