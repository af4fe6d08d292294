package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChronologyTest {

    private static final Path DOUMA = Path.of("content/articles/douma.md");
    private static final Path SOMMET = Path.of("content/articles/sommet.md");

    @Test
    void theSameEventReportedByTwoArticlesIsOneEventWithTwoSources() {
        var merged = Chronology.merge(List.of(), List.of(
                article("douma", event("2025-10-07", "La Douma ratifie l’accord de coopération militaire", "douma", DOUMA, 12)),
                article("sommet", event("2025-10-07", "la douma a ratifié l'accord de cooperation militaire", "sommet", SOMMET, 9))));
        assertEquals(1, merged.events().size());
        var event = merged.events().get(0);
        assertEquals("La Douma ratifie l’accord de coopération militaire", event.title());
        assertEquals(List.of(new Slug("douma"), new Slug("sommet")), event.sources());
        assertEquals(List.of(), merged.problems());
    }

    @Test
    void similarTitlesOnOneDateMergeButDifferentFactsDoNot() {
        var merged = Chronology.merge(List.of(), List.of(
                article("douma",
                        event("2025-10-07", "La Douma ratifie l’accord militaire", "douma", DOUMA, 12),
                        event("2025-10-07", "Le Togo accueille une délégation russe", "douma", DOUMA, 15)),
                article("sommet", event("2025-10-07", "Ratification de l’accord militaire par la Douma", "sommet", SOMMET, 9))));
        assertEquals(List.of("La Douma ratifie l’accord militaire", "Le Togo accueille une délégation russe"),
                merged.events().stream().map(Event::title).toList());
        assertEquals(List.of(new Slug("douma"), new Slug("sommet")), merged.events().get(0).sources());
        assertEquals(List.of(new Slug("douma")), merged.events().get(1).sources());
    }

    @Test
    void titlesNamingDifferentPlacesOrPeopleAreTwoEventsThoughWordedAlike() {
        var merged = Chronology.merge(List.of(), List.of(
                article("douma", event("2025-10-07", "La Douma ratifie l’accord militaire avec le Togo", "douma", DOUMA, 12)),
                article("sommet",
                        event("2025-10-07", "La Douma ratifie l’accord militaire avec le Bénin", "sommet", SOMMET, 9),
                        event("2025-10-07", "la douma ratifie l'accord militaire avec le togo", "sommet", SOMMET, 12))));
        assertEquals(List.of(List.of(new Slug("sommet")), List.of(new Slug("douma"), new Slug("sommet"))),
                merged.events().stream().map(Event::sources).toList());
    }

    @Test
    void aTitleDatedTwoWaysIsAWarningNamingBothFilesAndLines() {
        var merged = Chronology.merge(List.of(), List.of(
                article("douma", event("2025-03-27", "L’accord est signé à Lomé", "douma", DOUMA, 12)),
                article("sommet", event("2025-03-28", "L'accord est signé à Lomé", "sommet", SOMMET, 9))));
        assertEquals(2, merged.events().size());
        assertEquals(List.of("content/articles/sommet.md:9: warning: event \"L'accord est signé à Lomé\" is dated 2025-03-28"
                + " here but 2025-03-27 in content/articles/douma.md:12 (one event has one date: correct the wrong one,"
                + " or word the titles apart if they are two events)"),
                merged.problems().stream().map(Problem::format).toList());
    }

    @Test
    void signaturesInTwoCitiesOnTwoDatesAreTwoEventsWithoutWarning() {
        var merged = Chronology.merge(List.of(), List.of(article("douma",
                event("2025-03-27", "L’accord est signé à Lomé", "douma", DOUMA, 12),
                event("2025-04-03", "L’accord est signé à Moscou", "douma", DOUMA, 15))));
        assertEquals(2, merged.events().size());
        assertEquals(List.of(), merged.problems());
    }

    @Test
    void curatedEventsTakeTheirSourcesAndArticlesAddTheirs() {
        var curated = new Event(EventDate.parse("2018").orElseThrow(), "Mikhaïl Bogdanov se rend à Lomé", "Lomé", "",
                List.of(new Slug("sommet")), Path.of("content/chronologie.yaml"), 3);
        var merged = Chronology.merge(List.of(curated), List.of(
                article("douma", event("2018", "Mikhaïl Bogdanov se rend à Lomé", "douma", DOUMA, 4))));
        assertEquals(List.of(new Slug("sommet"), new Slug("douma")), merged.events().get(0).sources());
        assertEquals("Lomé", merged.events().get(0).place());
    }

    @Test
    void eventsAreOrderedYearBeforeItsMonthsAndMonthBeforeItsDays() {
        var merged = Chronology.merge(List.of(), List.of(article("douma",
                event("2025-10-07", "Ratification", "douma", DOUMA, 1),
                event("2025-08-03", "Débat", "douma", DOUMA, 2),
                event("2025-08", "Soumission", "douma", DOUMA, 3),
                event("2025-03-27", "Signature", "douma", DOUMA, 4),
                event("2025", "Année de l’accord", "douma", DOUMA, 5),
                event("2018", "Visite", "douma", DOUMA, 6))));
        assertEquals(List.of("2018", "2025", "2025-03-27", "2025-08", "2025-08-03", "2025-10-07"),
                merged.events().stream().map(e -> e.date().iso()).toList());
    }

    @Test
    void manyArticlesReportingTheSameEventsMergeIntoOneEventEach() {
        var articles = new ArrayList<Article>();
        for (int i = 0; i < 2_000; i++) {
            var slug = "article-" + i;
            var file = Path.of("content/articles/" + slug + ".md");
            articles.add(article(slug, IntStream.range(0, 5)
                    .mapToObj(k -> event("2025-0" + (k + 1) + "-1" + k, "Étape " + k + " de l’accord", slug, file, k + 2))
                    .toArray(Event[]::new)));
        }
        var merged = Chronology.merge(List.of(), articles);
        assertEquals(5, merged.events().size());
        assertEquals(2_000, merged.events().get(4).sources().size());
    }

    static Event event(String date, String title, String source, Path file, int line) {
        return new Event(EventDate.parse(date).orElseThrow(), title, "", "", List.of(new Slug(source)), file, line);
    }

    static Article article(String slug, Event... events) {
        return new Article(new Slug(slug), Path.of("content/articles/" + slug + ".md"), slug, LocalDate.of(2025, 11, 1),
                null, Source.UNKNOWN, "", List.of(), "", List.of(events), List.of(), false, "", 1);
    }
}
