package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tag pages' events, gathered for every tag at once, and their items, made once for all the tags. */
class TagPagesTest {

    @Test
    void eventsGatheredInOnePassAreEachTagsEventsInOrder() {
        var articles = List.of(article("a", "2025-01-01", "togo", "russie"), article("b", "2025-02-01", "russie"),
                article("c", "2025-03-01", "benin"), article("copie", "2025-04-01", "mali"),
                article("d", "2025-05-01", "togo", "mali"));
        var events = List.of(event("2025-01-05", "a"), event("2024", "b", "c"), event("2025-03", "copie"),
                event("2025-02-02", "absent"), event("2023-06-01", "a", "b", "d"), event("2025-03-02", "copie", "d"));
        var dossier = Dossier.of(settings(), articles, List.of(), events, Map.of(new Slug("copie"), new Slug("c")),
                new ArrayList<>());
        var gathered = TagEvents.of(dossier);
        var few = Set.of(new Slug("mali"), new Slug("russie"));
        var gatheredForFew = TagEvents.of(dossier, few);
        assertEquals(4, dossier.tags().size(), "togo, russie, benin and mali (from d: the copy is left out)");
        for (var tag : dossier.tags()) {
            assertEquals(dossier.eventsTagged(tag.slug()), gathered.getOrDefault(tag.slug(), List.of()), tag.label());
            assertEquals(few.contains(tag.slug()) ? dossier.eventsTagged(tag.slug()) : List.of(),
                    gatheredForFew.getOrDefault(tag.slug(), List.of()), tag.label() + ", asked for alone");
        }
        assertEquals(List.of(), gathered.getOrDefault(new Slug("mali"), List.of()).stream()
                .filter(e -> e.sources().equals(List.of(new Slug("copie")))).toList(), "a copy lends its tags to no event");
    }

    @Test
    void eventItemsMadeOnceAreThoseEachTagsFirstPageMakes() {
        var articles = List.of(article("a", "2025-01-01", "togo", "russie"), article("b", "2025-02-01", "russie"),
                article("c", "2025-03-01", "benin", "togo"));
        var events = List.of(event("2025-01-05", "a"), event("2024", "b", "c"), event("2023-06-01", "a", "b", "c"));
        var dossier = Dossier.of(settings(), articles, List.of(), events, Map.of(), new ArrayList<>());
        var cards = new Cards(dossier, LocalDate.parse("2025-06-01"), new EventAnchors(dossier.events()),
                SourceParagraphs.of(dossier, new Bodies(new MarkdownRenderer())));
        var byTag = TagEvents.of(dossier);
        var items = TagEvents.items(byTag, context(dossier, "togo"), cards);
        assertEquals(3, items.size(), "each event once, though tags share them");
        for (var tag : dossier.tags()) {
            var context = context(dossier, tag.slug().value());
            for (var event : byTag.get(tag.slug())) {
                assertEquals(cards.event(context, event), items.get(event), tag.label() + ": " + event.title());
            }
        }
    }

    private static PageContext context(Dossier dossier, String tag) {
        return new PageContext(dossier.settings(), PageContext.TAGS.page(new Slug(tag)), List.of(), null);
    }

    private static Event event(String date, String... sources) {
        return new Event(EventDate.parse(date).orElseThrow(), "Événement " + date, "", "",
                List.of(sources).stream().map(Slug::new).toList());
    }

    private static Article article(String slug, String date, String... tags) {
        return new Article(new Slug(slug), Path.of("content/articles/" + slug + ".md"), "Article " + slug,
                LocalDate.parse(date), null, Source.UNKNOWN, "", List.of(tags).stream().map(Slug::new).toList(), "",
                List.of(), List.of(), false, "Un texte.", 1);
    }

    private static Settings settings() {
        return new Settings("Essai", "", "", "fr", URI.create("https://example.org/"), "", ZoneId.of("UTC"),
                List.of(), 10, false, false);
    }
}
