package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publication date follows the documented order of trust in {@link ArticleDates}. */
class PublicationDateTest {

    private final Cleaner cleaner = new Cleaner(Rules.defaults());

    private CleanArticle clean(String text) {
        return cleaner.clean(Path.of("a.txt"), text);
    }

    @Test
    void aDatelineWinsOverDatesOfTheText() {
        var article = clean("""
                Un titre
                Publié le 12 septembre 2025 à 10h32
                Le texte avait été transmis le 28 août 2025. Il a été voté le 30 septembre 2025.
                """);
        assertEquals(LocalDate.of(2025, 9, 12), article.date());
        assertEquals("le 12 septembre 2025", article.dateEvidence());
    }

    @Test
    void theEarliestDatelineIsThePublicationAndTheOthersAreUpdates() {
        var article = clean("Un titre\nMis à jour le 2 août 2025\nPublié le 1er août 2025\nLe texte est clair.\n");
        assertEquals(LocalDate.of(2025, 8, 1), article.date());
    }

    @Test
    void aDayTheTextPlacesOnItsOwnDayWinsOverALaterOne() {
        var article = clean("Le président sera ce mercredi 19 novembre 2025 au Kremlin. Le sommet suivant a été fixé"
                + " au 3 décembre 2025.\n");
        assertEquals(LocalDate.of(2025, 11, 19), article.date());
        assertEquals("ce mercredi 19 novembre 2025", article.dateEvidence());
    }

    @Test
    void otherwiseTheLatestDayStatedIsTaken() {
        var article = clean("Signé le 27 mars 2025, l'accord a été ratifié le 7 octobre 2025. Il avait été négocié"
                + " dès le 3 janvier 2025.\n");
        assertEquals(LocalDate.of(2025, 10, 7), article.date());
    }

    @Test
    void aDayAnnouncedAsStillToComeIsNotThePublicationDate() {
        var article = clean("La Douma a ratifié l'accord le 7 octobre 2025. Le prochain sommet se tiendra le"
                + " 12 décembre 2025 à Sotchi.\n");
        assertEquals(LocalDate.of(2025, 10, 7), article.date());
    }

    @Test
    void aDayWithoutItsYearTakesTheYearOfTheDateBeforeIt() {
        var article = clean("Le 7 octobre 2025, la Douma a ratifié l'accord signé à Lomé le 27 mars.\n");
        assertEquals(List.of("2025-10-07", "2025-03-27"), article.events().stream().map(e -> e.date().iso()).toList());
        assertEquals(LocalDate.of(2025, 10, 7), article.date());
    }

    @Test
    void aYearlessDateOpeningTheTextTakesTheBylineYear() {
        var article = clean("Un titre\nPublié le 2 avril 2025\nLa visite a eu lieu le 27 mars. Depuis 2022, les liens se renforcent.\n");
        assertEquals("2025-03-27", article.events().get(0).date().iso());
    }

    @Test
    void aMonthOrAYearAloneIsNotAPublicationDate() {
        var article = clean("En octobre 2025, Moscou a validé un accord. La coopération remonte à 2018, dès 2018 même.\n");
        assertNull(article.date());
        assertEquals("", article.dateEvidence());
        assertEquals(List.of("2025-10", "2018"), article.events().stream().map(e -> e.date().iso()).toList());
    }

    @Test
    void eventsKeepTheirSentenceAndLine() {
        var article = clean("Un titre\n\nPremière phrase sans date.\nLa Douma a voté le 7 octobre 2025. Rien d'autre.\n");
        var event = article.events().get(0);
        assertEquals("La Douma a voté le 7 octobre 2025.", event.sentence());
        assertEquals(4, event.line());
        assertEquals("le 7 octobre 2025", event.phrase());
    }
}
