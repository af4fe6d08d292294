package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.FixtureBuild;
import dossier.model.EventDate;
import dossier.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on a dossier whose chronology needs the editor: one event dated two ways, and
 * dates in the text that are no event yet.
 */
class ChronologyCheckTest {

    private static final Path FIXTURE = FixtureBuild.FIXTURES.resolve("chronology-check");

    @TempDir
    Path temp;

    @Test
    void checkPrintsTheConflictWithBothPlacesAndEachDateNotInTheChronology() throws IOException {
        var check = FixtureBuild.run(List.of("check", "--content", FIXTURE.resolve("content").toString()), temp);
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(Files.readAllLines(FIXTURE.resolve("expected-problems.txt"), StandardCharsets.UTF_8), check.problems());
        assertEquals("dossier: 2 articles checked, no error, 2 dates not in the chronology\n", check.out());
    }

    @Test
    void buildPublishesNoCandidateAndKeepsTheConflictingDatesApart() throws IOException {
        var build = FixtureBuild.build("chronology-check", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(1, build.problems().size(), build.err());
        var page = build.page("chronologie/index.html");
        assertEquals(2, page.split("signé à Lomé</p>|signé à Lomé <span", -1).length - 1, page);
        assertEquals(false, page.contains("12 décembre"));
    }

    @Test
    void aDateWithinAnEventsMonthOrYearIsTheSameEventAndNotACandidate() throws IOException {
        var dossier = new ContentLoader(Path.of("")).load(FIXTURE.resolve("content"), BuildOptions.DEFAULTS).dossier();
        var notes = new ChronologyCandidates().find(dossier).stream().map(Problem::message).toList();
        assertEquals(false, notes.stream().anyMatch(n -> n.contains("en mars")), notes.toString());
        var march = EventDate.parse("2025-03").orElseThrow();
        assertEquals(true, ChronologyCandidates.overlap(EventDate.parse("2025-03-28").orElseThrow(), march));
        assertEquals(true, ChronologyCandidates.overlap(march, EventDate.parse("2025").orElseThrow()));
        assertEquals(false, ChronologyCandidates.overlap(march, EventDate.parse("2025-04-01").orElseThrow()));
    }
}
