package dossier.render;

import dossier.model.Article;
import dossier.render.PageViews.TagView;
import dossier.render.PageViews.TagsView;
import java.util.ArrayList;
import java.util.List;

/** The tags index ({@code tags/}) with counts, and one paginated page per tag ({@code tags/<slug>/}). */
final class TagPages {

    private final SiteRenderer.Parts parts;

    TagPages(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    List<OutputFile> render() {
        var files = new ArrayList<OutputFile>();
        files.add(index());
        parts.dossier().tags().parallelStream().map(this::tag).forEachOrdered(files::addAll);
        return files;
    }

    private OutputFile index() {
        var context = parts.context(PageContext.TAGS);
        var tags = parts.dossier().tags().stream().map(t -> parts.cards().tagCount(context, t)).toList();
        var view = new TagsView(context.collectionHead("Thèmes",
                "Tous les thèmes du dossier, avec le nombre d’articles de chacun."), tags);
        return OutputFile.text(context.path(), parts.templates().render("tags", view, context.site()));
    }

    private List<OutputFile> tag(dossier.model.Tag tag) {
        var dossier = parts.dossier();
        var articles = dossier.articlesTagged(tag.slug());
        return Pagination.split(PageContext.TAGS.page(tag.slug()), articles, dossier.settings().pageSize()).stream()
                .map(slice -> {
                    var context = parts.context(slice.path());
                    var first = slice.number() == 1;
                    var title = first ? tag.label() : tag.label() + " – page " + slice.number();
                    var description = tag.description().isBlank()
                            ? "Les articles du dossier sur le thème " + tag.label() + "."
                            : tag.description();
                    var feed = new Views.Link(context.url(AtomFeed.of(tag)),
                            FrenchTypography.text("Fil Atom : " + tag.label()));
                    var view = new TagView(context.collectionHead(title, description).withFeed(feed), tag.label(),
                            FrenchTypography.text(tag.description()),
                            parts.cards().articles(context, slice.items()),
                            first ? parts.cards().events(context, dossier.eventsTagged(tag.slug())) : List.of(),
                            slice.pager(context));
                    return OutputFile.text(slice.path(), parts.templates().render("tag", view, context.site()))
                            .changedOn(articles.stream().map(Article::lastChange)
                                    .max(java.time.LocalDate::compareTo).orElse(null));
                })
                .toList();
    }
}
