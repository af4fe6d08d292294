package dossier.render;

import dossier.model.Article;
import dossier.model.Event;
import dossier.model.Slug;
import dossier.render.PageViews.TagView;
import dossier.render.PageViews.TagsView;
import dossier.render.Views.EventItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The tags index ({@code tags/}) with counts, and one paginated page per tag ({@code tags/<slug>/}). */
final class TagPages implements OutputKind {

    private final SiteRenderer.Parts parts;
    private final Map<Slug, SplicedPage> spliced;
    private final Set<Event> stale;
    private final Map<Slug, List<Event>> events;

    /**
     * {@code spliced} keeps each tag's first page from one update to the next, in which only the
     * {@code stale} events' pieces are rendered again ({@code stale} null: a full render, which keeps none).
     */
    TagPages(SiteRenderer.Parts parts, Map<Slug, SplicedPage> spliced, Set<Event> stale) {
        this(parts, spliced, stale, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * As {@link #TagPages(SiteRenderer.Parts, Map, Set)}, each tag's events taken from (and put in)
     * {@code events}: the preview keeps them while the dossier's places are the same object, which
     * it shares only with a dossier of the same timeline and the same articles under each tag.
     */
    TagPages(SiteRenderer.Parts parts, Map<Slug, SplicedPage> spliced, Set<Event> stale, Map<Slug, List<Event>> events) {
        this.parts = parts;
        this.spliced = spliced;
        this.stale = stale;
        this.events = events;
        if (stale == null) {
            spliced.clear();
        }
    }

    @Override
    public List<OutputFile> render() {
        var files = new ArrayList<OutputFile>();
        files.add(index());
        var events = TagEvents.of(parts.dossier());
        var items = TagEvents.items(events, firstPage(), parts.cards());
        parts.dossier().tags().parallelStream()
                .map(t -> tag(t, n -> true, events.getOrDefault(t.slug(), List.of()), (context, e) -> items.get(e)))
                .forEachOrdered(files::addAll);
        return files;
    }

    /** The context of a tag's first page, any tag's: they all sit at the same depth ({@code tags/<slug>/}). */
    private PageContext firstPage() {
        var tags = parts.dossier().tags();
        return parts.context(tags.isEmpty() ? PageContext.TAGS : PageContext.TAGS.page(tags.get(0).slug()));
    }

    /** The index (its counts follow every article), and the pages of the scope's tags whose list moved. */
    @Override
    public Scoped render(ChangeScope scope) {
        var dossier = parts.dossier();
        var files = new ArrayList<OutputFile>();
        files.add(index());
        var paths = new ArrayList<SitePath>();
        paths.add(PageContext.TAGS);
        var touched = scope.tags();
        if (scope.changesNothing()) {
            prime();
        }
        // one pass over the timeline for every touched tag whose first page renders again, not one per tag
        Map<Slug, List<Event>> eventsOf = null;
        for (var tag : dossier.tags()) {
            var articles = dossier.articlesTagged(tag.slug());
            var first = PageContext.TAGS.page(tag.slug());
            Pagination.split(first, articles, dossier.settings().pageSize()).forEach(slice -> paths.add(slice.path()));
            if (touched.contains(tag.slug())) {
                var was = scope.before().articlesTagged(tag.slug());
                var numbers = scope.slices(was, articles, dossier.settings().pageSize());
                // every page of a tag carries the date of its latest change, for the sitemap
                boolean all = !latest(was).equals(latest(articles));
                boolean firstAgain = all || !firstKept(scope, tag.slug(), was, articles);
                boolean firstPage = all || firstAgain || numbers.contains(1);
                // only the first page shows the tag's events: finding them scans the whole timeline
                if (firstPage && eventsOf == null) {
                    eventsOf = eventsOf(touched);
                }
                files.addAll(tag(tag, n -> all || n == 1 && firstAgain || numbers.contains(n),
                        firstPage ? eventsOf.getOrDefault(tag.slug(), List.of()) : List.of(), parts.cards()::event));
            }
        }
        return new Scoped(files, paths);
    }

    /** The events of the {@code touched} tags: those kept, and the others found in one pass over the timeline. */
    private Map<Slug, List<Event>> eventsOf(Set<Slug> touched) {
        var missing = new java.util.HashSet<>(touched);
        missing.removeAll(events.keySet());
        if (!missing.isEmpty()) {
            var found = TagEvents.of(parts.dossier(), missing);
            missing.forEach(tag -> events.put(tag, found.getOrDefault(tag, List.of())));
        }
        return events;
    }

    /**
     * Renders each tag's first page into what updates keep, so that the first edit reaching a tag
     * costs what the later ones do: an update that changes nothing (the preview's first) calls it.
     */
    private void prime() {
        if (stale == null) {
            return;
        }
        var events = TagEvents.of(parts.dossier());
        var items = TagEvents.items(events, firstPage(), parts.cards());
        // every tag's events kept too: an edit reaches a few tags, each otherwise a pass over the timeline
        parts.dossier().tags().forEach(tag -> this.events.put(tag.slug(), events.getOrDefault(tag.slug(), List.of())));
        parts.dossier().tags().parallelStream().forEach(tag -> {
            var first = Pagination.split(PageContext.TAGS.page(tag.slug()), parts.dossier().articlesTagged(tag.slug()),
                    parts.dossier().settings().pageSize()).get(0);
            page(tag, first, events.getOrDefault(tag.slug(), List.of()), (context, e) -> items.get(e));
        });
    }

    /**
     * Whether the first page of a tag comes out as before though {@link ChangeScope#slices} does not
     * name it: the timeline shows the same (so do the tag's event cards), and no changed article took
     * or left the tag (so the same events are the tag's).
     */
    private static boolean firstKept(ChangeScope scope, dossier.model.Slug tag, List<Article> was, List<Article> is) {
        if (scope.timeline()) {
            return false;
        }
        for (var slug : scope.changedSlugs()) {
            boolean before = was.stream().anyMatch(a -> a.slug().equals(slug));
            boolean after = is.stream().anyMatch(a -> a.slug().equals(slug));
            if (before != after) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Optional<java.time.LocalDate> latest(List<Article> articles) {
        return articles.stream().map(Article::lastChange).max(java.time.LocalDate::compareTo);
    }

    private OutputFile index() {
        var context = parts.context(PageContext.TAGS);
        var tags = parts.dossier().tags().stream().map(t -> parts.cards().tagCount(context, t)).toList();
        var view = new TagsView(context.collectionHead("Thèmes",
                "Tous les thèmes du dossier, avec le nombre d’articles de chacun."), tags);
        return new OutputFile(context.path(), parts.templates().renderBytes("tags", view, context.site()));
    }

    private List<OutputFile> tag(dossier.model.Tag tag, java.util.function.IntPredicate pages, List<Event> events,
            BiFunction<PageContext, Event, EventItem> item) {
        var dossier = parts.dossier();
        var articles = dossier.articlesTagged(tag.slug());
        var changed = articles.stream().map(Article::lastChange).max(java.time.LocalDate::compareTo).orElse(null);
        return Pagination.split(PageContext.TAGS.page(tag.slug()), articles, dossier.settings().pageSize()).stream()
                .filter(slice -> pages.test(slice.number()))
                .map(slice -> page(tag, slice, events, item).changedOn(changed))
                .toList();
    }

    /** A page of a tag; its events' items made by {@code item} for the page's context. */
    private OutputFile page(dossier.model.Tag tag, Pagination.Slice<Article> slice, List<Event> events,
            BiFunction<PageContext, Event, EventItem> item) {
        var context = parts.context(slice.path());
        var first = slice.number() == 1;
        var title = first ? tag.label() : tag.label() + " – page " + slice.number();
        var description = tag.description().isBlank()
                ? "Les articles du dossier sur le thème " + tag.label() + "."
                : tag.description();
        var feed = new Views.Link(context.url(AtomFeed.of(tag)), FrenchTypography.text("Fil Atom : " + tag.label()));
        var rest = new TagView(context.collectionHead(title, description).withFeed(feed), tag.label(),
                FrenchTypography.text(tag.description()), parts.cards().articles(context, slice.items()), List.of(),
                slice.pager(context));
        java.util.function.Supplier<byte[]> whole = () -> parts.templates().renderBytes("tag", new TagView(rest.head(),
                rest.label(), rest.description(), rest.articles(),
                first ? events.stream().map(e -> item.apply(context, e)).toList() : List.of(),
                rest.pager()), context.site());
        if (!first || stale == null || events.isEmpty()) {
            return new OutputFile(slice.path(), whole.get());
        }
        var page = spliced.computeIfAbsent(tag.slug(), s -> new SplicedPage());
        return new OutputFile(slice.path(), page.of(List.of(rest, context.site()), events, stale, whole,
                i -> parts.templates().part("event", Map.of("event", item.apply(context, events.get(i)),
                        "anchorPrefix", "t-", "page", rest, "site", context.site()))));
    }
}
