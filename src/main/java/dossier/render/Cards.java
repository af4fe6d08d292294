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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the small views that lists share: article cards, event items and tag counts. */
final class Cards {

    private final Dossier dossier;
    private final LocalDate today;

    Cards(Dossier dossier, LocalDate today) {
        this.dossier = dossier;
        this.today = today;
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
                .map(a -> new Link(context.article(a.slug()), FrenchTypography.text(a.title())))
                .toList();
        var anchor = anchor(event);
        return new EventItem(anchor, event.date().iso(), FrenchDates.of(event.date()), FrenchTypography.text(event.title()),
                event.place(), FrenchTypography.text(event.description()), sources,
                context.url(PageContext.CHRONOLOGY) + "#" + anchor, event.date().firstDay().isAfter(today));
    }

    List<EventItem> events(PageContext context, List<Event> events) {
        return events.stream().map(e -> event(context, e)).toList();
    }

    TagCount tagCount(PageContext context, Tag tag) {
        return new TagCount(context.tag(tag.slug()), tag.label(), FrenchTypography.text(tag.description()),
                dossier.articlesTagged(tag.slug()).size());
    }

    /** The event's stable anchor: its date and the first words of its title, "e-2025-10-07-la-douma-ratifie". */
    static String anchor(Event event) {
        var words = Slug.of(event.title());
        var head = words == null ? "" : Arrays.stream(words.value().split("-")).limit(6).collect(Collectors.joining("-"));
        return "e-" + event.date().iso() + (head.isEmpty() ? "" : "-" + head);
    }
}
