package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The cleaner's score over every seed and fixture page: the share of article sentences kept,
 * of junk lines dropped, of titles right. The figures are printed so a change to the rules shows
 * what it costs or gains, even while the thresholds still hold.
 */
class CleaningScoreTest {

    @Test
    void keepsTheArticleAndDropsTheJunkAcrossAllFixtures() {
        var cleaner = new Cleaner(Rules.defaults());
        int sentences = 0;
        int kept = 0;
        int junk = 0;
        int dropped = 0;
        int wrong = 0;
        int titles = 0;
        int titlesRight = 0;
        for (var fixture : CleanFixture.all()) {
            var score = FixtureScore.of(fixture, cleaner.clean(Path.of(fixture.name() + ".txt"), fixture.text()));
            sentences += score.sentences();
            kept += score.sentencesKept();
            junk += score.junk();
            dropped += score.junkDropped();
            wrong += score.wronglyRemoved();
            if (!fixture.error()) {
                titles++;
                titlesRight += score.titleRight() ? 1 : 0;
            }
            score.missing().forEach(m -> System.out.println("  " + fixture.name() + ": " + m));
        }
        double keptShare = 100.0 * kept / sentences;
        double droppedShare = 100.0 * dropped / junk;
        System.out.printf("cleaning score: sentences kept %d/%d (%.1f%%), junk lines dropped %d/%d (%.1f%%),"
                + " lines removed by mistake %d, titles right %d/%d%n",
                kept, sentences, keptShare, dropped, junk, droppedShare, wrong, titlesRight, titles);
        assertTrue(keptShare >= 98.0, "sentences kept: " + keptShare + "%");
        assertTrue(droppedShare >= 95.0, "junk dropped: " + droppedShare + "%");
        assertTrue(titlesRight * 10 >= titles * 9, "titles right: " + titlesRight + "/" + titles);
    }
}
