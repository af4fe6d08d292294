package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.Slug;
import dossier.model.Tag;
import dossier.render.Views.ArticleCard;
import dossier.render.Views.EventItem;
import dossier.render.Views.Link;
import dossier.render.Views.TagCount;
import java.time.LocalDate;
import java.util.List;

/** Builds the small views that lists share: article cards, event items and tag counts. */
final class Cards {

    private final Dossier dossier;
    private final LocalDate today;
    private final EventAnchors anchors;
    private final SourceParagraphs paragraphs;

    Cards(Dossier dossier, LocalDate today, EventAnchors anchors, SourceParagraphs paragraphs) {
        this.dossier = dossier;
        this.today = today;
        this.anchors = anchors;
        this.paragraphs = paragraphs;
    }

    ArticleCard article(PageContext context, Article article) {
        return new ArticleCard(context.article(article.slug()), FrenchTypography.text(article.title()),
                article.date().toString(), FrenchDates.day(article.date()), article.source().name(),
                FrenchTypography.text(article.summary()), tags(context, article.tags()));
    }

    List<ArticleCard> articles(PageContext context, List<Article> articles) {
        return articles.stream().map(a -> article(context, a)).toList();
    }

    List<Link> tags(PageContext context, List<Slug> slugs) {
        return slugs.stream()
                .map(slug -> new Link(context.tag(slug), dossier.tag(slug).map(Tag::label).orElse(slug.value())))
                .toList();
    }

    EventItem event(PageContext context, Event event) {
        var sources = event.sources().stream()
                .map(dossier::article)
                .flatMap(java.util.Optional::stream)
                .map(a -> new Link(context.article(a.slug()) + fragment(paragraphs.of(event, a.slug())),
                        FrenchTypography.text(a.title())))
                .toList();
        var anchor = anchors.of(event);
        return new EventItem(anchor, event.date().iso(), FrenchDates.of(event.date()), FrenchTypography.text(event.title()),
                event.place(), FrenchTypography.text(event.description()), sources,
                context.url(PageContext.CHRONOLOGY) + "#" + anchor, upcoming(event), "");
    }

    /**
     * Announced rather than past: the first day the event may fall on is after the build date. An
     * event dated "2026" built during 2026 is no longer marked, since it may have taken place.
     */
    boolean upcoming(Event event) {
        return event.date().firstDay().isAfter(today);
    }

    /** The anchor of an event on the chronology page. */
    String anchor(Event event) {
        return anchors.of(event);
    }

    /** The anchor of the paragraph of {@code article} that reports {@code event}, "" for none. */
    String paragraph(Event event, Slug article) {
        return paragraphs.of(event, article);
    }

    private static String fragment(String id) {
        return id.isEmpty() ? "" : "#" + id;
    }

    List<EventItem> events(PageContext context, List<Event> events) {
        return events.stream().map(e -> event(context, e)).toList();
    }

    TagCount tagCount(PageContext context, Tag tag) {
        return new TagCount(context.tag(tag.slug()), tag.label(), FrenchTypography.text(tag.description()),
                dossier.articlesTagged(tag.slug()).size());
    }
}
