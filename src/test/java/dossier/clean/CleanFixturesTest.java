package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed article and fixture page, cleaned with the default rules, gives exactly what its
 * {@code .expected.yaml} says: nothing of the article lost, no junk left, metadata right.
 */
class CleanFixturesTest {

    private static final Cleaner CLEANER = new Cleaner(Rules.defaults());

    static List<CleanFixture> fixtures() {
        return CleanFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void cleaningGivesTheExpectedArticle(CleanFixture fixture) {
        var article = CLEANER.clean(Path.of("content/articles/" + fixture.name() + ".txt"), fixture.text());
        var score = FixtureScore.of(fixture, article);
        assertAll(fixture.name(),
                () -> assertEquals(fixture.title(), article.title(), "title"),
                () -> assertEquals(fixture.inferred(), article.titleInferred(), "title inferred"),
                () -> assertEquals(fixture.date(), article.date() == null ? null : article.date().toString(), "date"),
                () -> assertEquals(fixture.evidence(), article.dateEvidence(), "date evidence"),
                () -> assertEquals(fixture.author(), article.author(), "author"),
                () -> assertEquals(fixture.outlet(), article.outlet(), "outlet"),
                () -> assertEquals(fixture.headings(), headings(article), "subheadings"),
                () -> assertEquals(fixture.events(), article.events().stream().map(e -> e.date().iso()).toList(),
                        "event dates"),
                () -> assertEquals(List.of(), score.missing(), "sentences and junk"),
                () -> assertEquals(expectedProblems(fixture), article.problems().stream().map(Problem::message).toList(),
                        "problems"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void markdownHoldsEveryParagraphOnce(CleanFixture fixture) {
        var article = CLEANER.clean(Path.of(fixture.name() + ".txt"), fixture.text());
        var blocks = article.markdown().isEmpty() ? List.<String>of() : List.of(article.markdown().strip().split("\n\n"));
        assertEquals(article.paragraphs().size(), blocks.size());
        assertTrue(blocks.stream().noneMatch(String::isBlank));
    }

    private static List<String> headings(CleanArticle article) {
        return article.paragraphs().stream().filter(p -> p.startsWith("## ")).map(p -> p.substring(3)).toList();
    }

    private static List<String> expectedProblems(CleanFixture fixture) {
        if (fixture.error()) {
            return List.of("file has no article text after cleaning (" + fixture.removed().size()
                    + " lines removed as junk)");
        }
        return fixture.inferred() ? List.of("no headline: derived one from the first sentence") : List.of();
    }
}
