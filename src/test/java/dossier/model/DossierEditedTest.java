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
    void editsThatMoveOrHideAnArticleAreLeftToDossierOf() {
        var before = Dossier.of(SETTINGS, articles, List.of(), List.of());
        for (var edited : List.of(article("lome", "2025-10-10", "Le corps.", List.of("togo", "russie"), false),
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
    void aTagNewToTheDossierIsIndexedAndSortedAsDossierOfDoes() {
        var before = Dossier.of(SETTINGS, articles, List.of(), List.of());
        var edited = article("kara", "2025-10-09", "Un autre corps.", List.of("togo", "benin", "sahel"), false);
        assertEdited(before, articles, edited);
        var after = before.edited(SETTINGS, List.of(), List.of(edited)).orElseThrow();
        assertEquals(List.of("benin", "russie", "sahel", "togo"), after.tags().stream().map(t -> t.slug().value()).toList());
        assertEquals(List.of(edited), after.articlesTagged(new Slug("sahel")));
    }

    @Test
    void aTagWhoseLastArticleLeavesItLeavesTheDossier() {
        var before = Dossier.of(SETTINGS, articles, List.of(), List.of());
        var lome = article("lome", "2025-10-07", "Le corps.", List.of("togo"), false);
        var sokode = article("sokode", "2025-09-01", "Encore un corps.", List.of("togo"), false);
        assertEdited(before, articles, lome, sokode);
        var after = before.edited(SETTINGS, List.of(), List.of(lome, sokode)).orElseThrow();
        assertTrue(after.tag(new Slug("russie")).isEmpty());
        assertEquals(List.of("togo"), after.tags().stream().map(t -> t.slug().value()).toList());
        // the vocabulary's tag left by every article, then taken again, is the vocabulary's
        var alone = article("sokode", "2025-09-01", "Encore un corps.", List.of("russie"), false);
        var again = article("kara", "2025-10-09", "Un autre corps.", List.of(), false);
        var retagged = replaced(replaced(articles, lome), sokode);
        assertEdited(after, retagged, again);
        var bare = after.edited(SETTINGS, List.of(), List.of(again)).orElseThrow();
        assertEquals(List.of(lome, sokode), bare.articlesTagged(new Slug("togo")));
        assertEdited(bare, replaced(retagged, again), alone);
    }

    @Test
    void aTagMovedBetweenTwoArticlesInTurnFollowsEachEdit() {
        var all = articles;
        var dossier = Dossier.of(SETTINGS, all, List.of(), List.of());
        for (var edited : List.of(article("sokode", "2025-09-01", "Encore un corps.", List.of("russie", "sahel"), false),
                article("kara", "2025-10-09", "Un autre corps.", List.of("sahel", "togo"), false),
                article("sokode", "2025-09-01", "Encore un corps.", List.of("russie"), false),
                article("kara", "2025-10-09", "Un autre corps.", List.of("togo"), false),
                article("lome", "2025-10-07", "Le corps.", List.of("russie", "sahel", "togo"), false))) {
            assertEdited(dossier, all, edited);
            dossier = dossier.edited(SETTINGS, List.of(), List.of(edited)).orElseThrow();
            all = replaced(all, edited);
        }
    }

    @Test
    void aTagTakenByAnArticleReportingEventsKeepsTheTimeline() {
        var event = new Event(EventDate.parse("2025-10-01").orElseThrow(), "Sommet", "Lomé", "", List.of(), Path.of(""), 0);
        var reporting = new Article(new Slug("kara"), Path.of("content/articles/kara.md"), "Titre de kara",
                LocalDate.parse("2025-10-09"), null, Source.UNKNOWN, "", List.of(new Slug("togo")), "", List.of(event),
                List.of(), false, "Un autre corps.", 5);
        var all = replaced(articles, reporting);
        var before = Dossier.of(SETTINGS, all, List.of(), List.of());
        var retagged = new Article(reporting.slug(), reporting.file(), reporting.title(), reporting.date(), null,
                Source.UNKNOWN, "", List.of(new Slug("sahel")), "", List.of(event), List.of(), false, "Un autre corps.", 5);
        assertEdited(before, all, retagged);
        var after = before.edited(SETTINGS, List.of(), List.of(retagged)).orElseThrow();
        assertSame(before.eventIndex(), after.eventIndex());
        assertEquals(before.eventsFrom(new Slug("kara")), after.eventsTagged(new Slug("sahel")));
        assertTrue(after.eventsTagged(new Slug("togo")).isEmpty());
    }

    @Test
    void aShownDraftRetaggedIsEditedAndAHiddenOneIsLeftToDossierOf() {
        var shown = SETTINGS.withFlags(true, false);
        var before = Dossier.of(shown, articles, List.of(), List.of());
        var draft = article("brouillon", "2025-10-08", "Pas encore.", List.of("sahel"), true);
        assertEdited(before, articles, draft);
        var hidden = Dossier.of(SETTINGS, articles, List.of(), List.of());
        assertTrue(hidden.edited(SETTINGS, List.of(), List.of(draft)).isEmpty());
    }

    @Test
    void aNewTagSortingLevelWithAnotherIsLeftToDossierOf() {
        var before = Dossier.of(SETTINGS, articles, List.of(), List.of());
        // "Togo" is the vocabulary's label of togo; a tag named "togo" by its slug alone folds the same
        var level = article("kara", "2025-10-09", "Un autre corps.", List.of("togo", "togo-2"), false);
        var named = new Tag(new Slug("togo-2"), "togo", "", List.of());
        var settings = new Settings("Essai", "", "", "fr", URI.create("https://example.org/"), "", ZoneId.of("UTC"),
                List.of(SETTINGS.vocabulary().get(0), named), 10, false, false);
        var withVocabulary = Dossier.of(settings, articles, List.of(), List.of());
        assertTrue(withVocabulary.edited(settings, List.of(), List.of(level)).isEmpty());
        assertTrue(before.edited(SETTINGS, List.of(), List.of(level)).isPresent());
    }

    /** The dossier {@code before} edited with {@code edited} is the one {@code Dossier.of} makes of {@code articles} so edited. */
    private static void assertEdited(Dossier before, List<Article> articles, Article... edited) {
        var all = articles;
        for (var article : edited) {
            all = replaced(all, article);
        }
        var after = before.edited(before.settings(), List.of(), List.of(edited)).orElseThrow();
        var expected = Dossier.of(before.settings(), all, List.of(), List.of());
        assertEquals(expected, after);
        assertEquals(expected.tags(), after.tags(), "tags in order");
        for (var tag : expected.tags()) {
            assertEquals(expected.articlesTagged(tag.slug()), after.articlesTagged(tag.slug()), tag.toString());
        }
        assertSame(before.places(), after.places(), "the places are shared");
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
