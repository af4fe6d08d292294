package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.render.PageViews.IndexView;
import dossier.render.Views.Link;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The front page (the dossier's introduction, key figures, latest articles) and its following pages. */
final class IndexPages implements OutputKind {

    private static final int TEASER_EVENTS = 4;

    private final SiteRenderer.Parts parts;
    private final java.util.function.ToIntFunction<Dossier> sources;

    IndexPages(SiteRenderer.Parts parts) {
        this(parts, IndexPages::sources);
    }

    /** {@code sources} counts a dossier's outlets as {@link #sources(Dossier)} does: the preview keeps the count. */
    IndexPages(SiteRenderer.Parts parts, java.util.function.ToIntFunction<Dossier> sources) {
        this.parts = parts;
        this.sources = sources;
    }

    @Override
    public List<OutputFile> render() {
        var dossier = parts.dossier();
        return Pagination.split(SitePath.ROOT, dossier.articles(), dossier.settings().pageSize()).stream()
                .map(this::render)
                .toList();
    }

    /** The first page always (its figures and teaser follow every article); the others when their list moved. */
    @Override
    public Scoped render(ChangeScope scope) {
        var dossier = parts.dossier();
        var slices = Pagination.split(SitePath.ROOT, dossier.articles(), dossier.settings().pageSize());
        var numbers = scope.slices(scope.before().articles(), dossier.articles(), dossier.settings().pageSize());
        var rendered = slices.stream().filter(s -> s.number() == 1 || numbers.contains(s.number())).map(this::render);
        return new Scoped(rendered.toList(), slices.stream().map(Pagination.Slice::path).toList());
    }

    private OutputFile render(Pagination.Slice<Article> slice) {
        var dossier = parts.dossier();
        var context = parts.context(slice.path());
        var first = slice.number() == 1;
        var cards = parts.cards();
        var title = first ? dossier.settings().title()
                : dossier.settings().title() + " – page " + slice.number();
        var view = new IndexView(context.collectionHead(title, dossier.settings().description()),
                first ? FrenchTypography.text(dossier.settings().description()) : "",
                first ? figures(dossier) : List.of(),
                cards.articles(context, slice.items()),
                first ? cards.events(context, teaser(dossier)) : List.of(),
                first ? dossier.tags().stream().map(t -> cards.tagCount(context, t)).toList() : List.of(),
                slice.pager(context));
        return new OutputFile(slice.path(), parts.templates().renderBytes("index", view, context.site()));
    }

    /** How many outlets the listed articles name. */
    static int sources(Dossier dossier) {
        Set<String> sources = dossier.articles().stream().map(a -> a.source().name()).filter(n -> !n.isBlank())
                .collect(Collectors.toSet());
        return sources.size();
    }

    /** Key figures: articles, sources, time span. */
    private List<Link> figures(Dossier dossier) {
        var articles = dossier.articles();
        int sources = this.sources.applyAsInt(dossier);
        var figures = new java.util.ArrayList<Link>();
        figures.add(new Link(Integer.toString(articles.size()), articles.size() > 1 ? "articles" : "article"));
        if (sources > 0) {
            figures.add(new Link(Integer.toString(sources), sources > 1 ? "sources" : "source"));
        }
        figures.add(new Link(Integer.toString(dossier.events().size()), dossier.events().size() > 1 ? "événements" : "événement"));
        // the span last: the longest figure, it takes a row of its own on a phone
        if (!articles.isEmpty()) {
            var oldest = articles.get(articles.size() - 1).date();
            var newest = articles.get(0).date();
            var span = FrenchDates.span(oldest, newest);
            figures.add(new Link(span, "période couverte"));
        }
        return figures;
    }

    /** The latest events of the timeline, oldest of them first. */
    private static List<dossier.model.Event> teaser(Dossier dossier) {
        var events = dossier.events();
        return events.subList(Math.max(0, events.size() - TEASER_EVENTS), events.size());
    }

    static List<Article> latest(Dossier dossier, int count) {
        return dossier.articles().subList(0, Math.min(count, dossier.articles().size()));
    }
}
