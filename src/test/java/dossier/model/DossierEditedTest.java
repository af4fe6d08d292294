package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dossier derived from the last one by editing articles in their places is the one {@link Dossier#of} makes. */
class DossierEditedTest {

    private static final Settings SETTINGS = new Settings("Essai", "", "", "fr", URI.create("https://example.org/"), "",
            ZoneId.of("UTC"), List.of(new Tag(new Slug("togo"), "Togo", "", List.of())), 10, false, false);

    private final List<Article> articles = List.of(
            article("lome", "2025-10-07", "Le corps.", List.of("togo", "russie"), false),
            article("kara", "2025-10-09", "Un autre corps.", List.of("togo"), false),
            article("sokode", "2025-09-01", "Encore un corps.", List.of("russie"), false),
            article("brouillon", "2025-10-08", "Pas encore.", List.of("togo"), true));

    @Test
    void newBodyAndTitleGiveTheDossierOfMadeFromScratch() {
        var before = Dossier.of(SETTINGS, articles, List.of(), List.of());
        var edited = article("lome", "2025-10-07", "Le corps, revu.", List.of("togo", "russie"), false);
        var renamed = new Article(new Slug("sokode"), Path.of("content/articles/sokode.md"), "Sokodé, revu",
                LocalDate.parse("2025-09-01"), null, Source.UNKNOWN, "", List.of(new Slug("russie")), "", List.of(),
                List.of(), false, "Encore un corps.", 5);
        var after = before.edited(SETTINGS, List.of(), List.of(edited, renamed)).orElseThrow();
        var expected = Dossier.of(SETTINGS, replaced(replaced(articles, edited), renamed), List.of(), List.of());
        assertEquals(expected, after);
        assertSame(edited, after.article(new Slug("lome")).orElseThrow());
        assertSame(edited, after.articlesTagged(new Slug("russie")).get(0));
        assertSame(before.places(), after.places(), "the places are shared");
    }

    @Test
    void editsThatMoveSortOrRetagAnArticleAreLeftToDossierOf() {
        var before = Dossier.of(SETTINGS, articles, List.of(), List.of());
        for (var edited : List.of(article("lome", "2025-10-10", "Le corps.", List.of("togo", "russie"), false),
                article("lome", "2025-10-07", "Le corps.", List.of("togo"), false),
                article("lome", "2025-10-07", "Le corps.", List.of("togo", "russie"), true),
                article("brouillon", "2025-10-08", "Toujours pas.", List.of("togo"), true),
                article("nouveau", "2025-10-07", "Le corps.", List.of("togo"), false))) {
            assertTrue(before.edited(SETTINGS, List.of(), List.of(edited)).isEmpty(), edited.toString());
        }
        var otherSettings = SETTINGS.withFlags(true, false);
        var same = article("lome", "2025-10-07", "Le corps.", List.of("togo", "russie"), false);
        assertTrue(before.edited(otherSettings, List.of(), List.of(same)).isEmpty(), "other settings");
    }

    @Test
    void anArticleWithARepublishedCopyIsLeftToDossierOf() {
        var copy = article("reprise", "2025-10-10", "Le corps.", List.of("togo"), false);
        var all = new ArrayList<>(articles);
        all.add(copy);
        var before = Dossier.of(SETTINGS, all, List.of(), List.of(), Map.of(new Slug("reprise"), new Slug("lome")),
                new ArrayList<>());
        var edited = article("lome", "2025-10-07", "Le corps, revu.", List.of("togo", "russie"), false);
        assertTrue(before.edited(SETTINGS, List.of(), List.of(edited)).isEmpty());
        var other = article("kara", "2025-10-09", "Un autre corps, revu.", List.of("togo"), false);
        var after = before.edited(SETTINGS, List.of(), List.of(other)).orElseThrow();
        var expected = Dossier.of(SETTINGS, replaced(all, other), List.of(), List.of(),
                Map.of(new Slug("reprise"), new Slug("lome")), new ArrayList<>());
        assertEquals(expected, after);
        assertEquals(List.of(copy), after.copiesOf(new Slug("lome")));
    }

    private static List<Article> replaced(List<Article> articles, Article edited) {
        return articles.stream().map(a -> a.slug().equals(edited.slug()) ? edited : a).toList();
    }

    private static Article article(String slug, String date, String body, List<String> tags, boolean draft) {
        return new Article(new Slug(slug), Path.of("content/articles/" + slug + ".md"), "Titre de " + slug,
                LocalDate.parse(date), null, Source.UNKNOWN, "", tags.stream().map(Slug::new).toList(), "", List.of(),
                List.of(), draft, body, 5);
    }
}
