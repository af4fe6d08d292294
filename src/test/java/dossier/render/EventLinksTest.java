package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.EventDate;
import dossier.model.Settings;
import dossier.model.Slug;
import dossier.model.Source;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How events link: to their anchor on the chronology, and to the paragraph of each source that reports them. */
class EventLinksTest {

    private static final String BODY = """
            Le Togo et la Russie entrent dans une nouvelle phase.

            Le mardi 7 octobre 2025, la Douma a ratifié un accord de coopération militaire.

            L’accord avait été signé à Lomé le 27 mars, avant d’être soumis à la Douma en août.

            Le 1er août, rien ne s’est passé ; dès 2018, Mikhaïl Bogdanov s’était rendu à Lomé.
            """;

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void eachSourceLinksToTheParagraphStatingTheEventsDate() {
        var dossier = dossier(
                event("2025-10-07", "La Douma ratifie l’accord"),
                event("2025-03-27", "L’accord est signé à Lomé"),
                event("2025-08", "L’accord est soumis à la Douma"),
                event("2018", "Mikhaïl Bogdanov se rend à Lomé"),
                event("2025-08-01", "Un jour sans nouvelles"));
        var paragraphs = SourceParagraphs.of(dossier, new Bodies(markdown));
        var article = new Slug("douma");
        assertEquals(List.of("p-le-mardi-7-octobre-2025", "p-l-accord-avait-ete-signe", "p-l-accord-avait-ete-signe",
                "p-le-1er-aout-rien-ne", "p-le-1er-aout-rien-ne"),
                List.of("2025-10-07", "2025-03-27", "2025-08", "2018", "2025-08-01").stream()
                        .map(date -> paragraphs.of(byDate(dossier, date), article)).toList());
    }

    @Test
    void anEventNoParagraphMentionsLinksToThePage() {
        var dossier = dossier(event("2024", "Des bourses pour les étudiants"));
        assertEquals("", SourceParagraphs.of(dossier, new Bodies(markdown)).of(dossier.events().get(0), new Slug("douma")));
    }

    @Test
    void titleWordsChooseAmongParagraphsWhenNoneStatesTheDate() {
        var dossier = dossier(event("2025-04-03", "Nouvelle phase entre le Togo et la Russie"));
        assertEquals("p-le-togo-et-la-russie", SourceParagraphs.of(dossier, new Bodies(markdown)).of(dossier.events().get(0), new Slug("douma")));
    }

    @Test
    void anchorsAreUniqueOnThePageEvenForTwinTitles() {
        var dossier = dossier(event("2025-10-07", "La Douma ratifie l’accord de coopération militaire avec le Togo"),
                event("2025-10-07", "La Douma ratifie l’accord de coopération militaire avec le Bénin"));
        var anchors = new EventAnchors(dossier.events());
        assertEquals(List.of("e-2025-10-07-la-douma-ratifie-l-accord-de", "e-2025-10-07-la-douma-ratifie-l-accord-de-2"),
                dossier.events().stream().map(anchors::of).toList());
    }

    @Test
    void eventsAfterTheBuildDateAreUpcomingAndAYearUnderwayIsNot() {
        var dossier = dossier(event("2026", "Réouverture des ambassades prévue"), event("2025-12", "Sommet"),
                event("2025-11-19", "Entretien au Kremlin"));
        var december = cards(dossier, LocalDate.of(2025, 11, 30));
        var midYear = cards(dossier, LocalDate.of(2026, 6, 1));
        assertTrue(december.upcoming(byDate(dossier, "2026")));
        assertTrue(december.upcoming(byDate(dossier, "2025-12")));
        assertFalse(december.upcoming(byDate(dossier, "2025-11-19")));
        assertFalse(midYear.upcoming(byDate(dossier, "2026")));
        assertTrue(cards(dossier, LocalDate.of(2025, 11, 18)).upcoming(byDate(dossier, "2025-11-19")));
    }

    @Test
    void timeBetweenEventsIsCountedAtTheCoarserPrecision() {
        assertEquals("7\u00A0ans plus tard", TimeGaps.between(date("2018"), date("2025-03-27")));
        assertEquals("4\u00A0mois plus tard", TimeGaps.between(date("2025-04-03"), date("2025-08")));
        assertEquals("2\u00A0mois plus tard", TimeGaps.between(date("2025-08"), date("2025-10-07")));
        assertEquals("", TimeGaps.between(date("2025-10-07"), date("2025-11-19")));
        assertEquals("1\u00A0an plus tard", TimeGaps.between(date("2025-11-19"), date("2026")));
        assertEquals("", TimeGaps.between(date("2025"), date("2025-03-27")));
        assertEquals("2\u00A0ans plus tard", TimeGaps.between(date("2023-01-05"), date("2025-02")));
    }

    private Cards cards(Dossier dossier, LocalDate today) {
        return new Cards(dossier, today, new EventAnchors(dossier.events()), SourceParagraphs.of(dossier, new Bodies(markdown)));
    }

    private static Event byDate(Dossier dossier, String date) {
        return dossier.events().stream().filter(e -> e.date().iso().equals(date)).findFirst().orElseThrow();
    }

    private static EventDate date(String text) {
        return EventDate.parse(text).orElseThrow();
    }

    private static Event event(String date, String title) {
        return new Event(date(date), title, "", "", List.of(new Slug("douma")));
    }

    private static Dossier dossier(Event... events) {
        var settings = new Settings("Essai", "", "", "fr", URI.create("https://example.org/"), "", ZoneId.of("UTC"),
                List.of(), 10, false, false);
        var article = new Article(new Slug("douma"), Path.of("content/articles/douma.md"), "Douma", LocalDate.of(2025, 10, 7),
                null, Source.UNKNOWN, "", List.of(), "", List.of(events), List.of(), false, BODY, 1);
        return Dossier.of(settings, List.of(article), List.of(), List.of());
    }
}
