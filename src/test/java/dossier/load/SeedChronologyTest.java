package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.Problem;
import dossier.model.Slug;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dossier this repository publishes: its chronology holds every dated fact of the five
 * articles, each with every article that reports it as a source, and has no conflict.
 */
class SeedChronologyTest {

    private static Loaded loaded;

    @BeforeAll
    static void load() throws IOException {
        loaded = new ContentLoader(Path.of("")).load(Path.of("content"), BuildOptions.DEFAULTS);
    }

    @Test
    void seedLoadsWithoutErrorsOrChronologyWarnings() {
        assertEquals(List.of(), loaded.problems().stream()
                .filter(p -> p.isError() || p.message().startsWith("event "))
                .map(Problem::format).toList());
    }

    @Test
    void bogdanovVisitsLomeIn2018() {
        assertEvent("2018", "Bogdanov", "gnassingbe-attendu-au-kremlin");
    }

    @Test
    void theAccordIsSignedInLomeAndInMoscow() {
        assertEvent("2025-03-27", "signé à Lomé", "douma-ratifie-accord-militaire", "gnassingbe-poutine-entretien-kremlin");
        assertEvent("2025-04-03", "signé à Moscou", "douma-ratifie-accord-militaire", "gnassingbe-poutine-entretien-kremlin");
    }

    @Test
    void theAccordIsApprovedThenSubmittedToTheDumaThenRatified() {
        assertEvent("2025-07", "aval", "commission-aval-accord-militaire", "russie-se-rapproche-du-togo");
        assertEvent("2025-08", "soumis à la Douma", "douma-ratifie-accord-militaire");
        assertEvent("2025-10-07", "Douma ratifie", "douma-ratifie-accord-militaire", "gnassingbe-attendu-au-kremlin");
    }

    @Test
    void gnassingbeAndPutinMeetAtTheKremlin() {
        assertEvent("2025-11-19", "Kremlin", "gnassingbe-attendu-au-kremlin", "gnassingbe-poutine-entretien-kremlin");
    }

    @Test
    void scholarshipsAndTheReopeningOfEmbassies() {
        assertEvent("2024", "boursiers", "gnassingbe-attendu-au-kremlin");
        assertEvent("2026", "ambassades", "gnassingbe-poutine-entretien-kremlin");
    }

    @Test
    void eventsAreInChronologicalOrder() {
        var dates = dossier().events().stream().map(e -> e.date().iso()).toList();
        assertEquals(List.of("2018", "2024", "2025-03-27", "2025-04-03", "2025-07", "2025-08", "2025-10-07", "2025-11-19",
                "2026"), dates);
    }

    @Test
    void everyDateTheArticlesStateIsAnEvent() {
        assertEquals(List.of(), new ChronologyCandidates().find(dossier()).stream().map(Problem::format).toList());
    }

    private static void assertEvent(String date, String words, String... sources) {
        var matching = dossier().events().stream()
                .filter(e -> e.date().iso().equals(date) && e.title().contains(words))
                .toList();
        assertEquals(1, matching.size(), date + " " + words + " in " + dossier().events());
        Event event = matching.get(0);
        assertEquals(Set.of(sources), event.sources().stream().map(Slug::value).collect(Collectors.toSet()), event.title());
        assertTrue(event.sources().stream().allMatch(s -> dossier().article(s).isPresent()));
    }

    private static Dossier dossier() {
        return loaded.dossier();
    }
}
