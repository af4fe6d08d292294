package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Slug;
import java.util.List;
import java.util.Map;

/** One page per article, {@code articles/<slug>/}, with its preview image beside it. */
final class ArticlePages implements OutputKind {

    private static final int RELATED = 3;

    private final SiteRenderer.Parts parts;
    private final ArticlePage page;
    private final Map<Slug, List<Slug>> lists;
    /** The paths of every article's page and image (copies too), kept while the same articles are listed. */
    private final KeptPaths paths;
    private final Map<Slug, int[]> tagPositions;

    ArticlePages(SiteRenderer.Parts parts) {
        this(parts, null, new KeptPaths());
    }

    /**
     * {@code lists} keeps each article's related articles from one update to the next (empty at
     * first, filled when needed): while a change leaves every list as it was, only the pages listing
     * a changed article need rendering, found without working out the lists again.
     */
    ArticlePages(SiteRenderer.Parts parts, Map<Slug, List<Slug>> lists, KeptPaths paths) {
        this(parts, lists, paths, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** {@code tagPositions}: each tag's articles' places, kept while the dossier's places are (see {@link RelatedArticles}). */
    ArticlePages(SiteRenderer.Parts parts, Map<Slug, List<Slug>> lists, KeptPaths paths, Map<Slug, int[]> tagPositions) {
        this.parts = parts;
        this.page = new ArticlePage(parts);
        this.lists = lists;
        this.paths = paths;
        this.tagPositions = tagPositions;
    }

    @Override
    public List<OutputFile> render() {
        var pages = new java.util.concurrent.atomic.AtomicReferenceArray<List<OutputFile>>(pageCount());
        forEachPage((files, i) -> pages.set(i, files));
        var files = new java.util.ArrayList<OutputFile>();
        for (int i = 0; i < pages.length(); i++) {
            files.addAll(pages.get(i));
        }
        return files;
    }

    /** Each article's page goes to {@code sink} as soon as it is rendered: together they are the largest part of the site. */
    @Override
    public void renderTo(java.util.function.Consumer<OutputFile> sink) {
        forEachPage((files, i) -> files.forEach(sink));
    }

    private int pageCount() {
        return parts.dossier().articles().size() + parts.dossier().copies().size();
    }

    /**
     * Renders every article's page and preview, then the republished copies', each numbered in that
     * order and taken by the first free thread (see {@link PulledWork}), and hands each to {@code each}.
     */
    private void forEachPage(java.util.function.ObjIntConsumer<List<OutputFile>> each) {
        var articles = parts.dossier().articles();
        var copies = parts.dossier().copies();
        var related = new RelatedArticles(parts.dossier(), RELATED);
        var scratch = ThreadLocal.withInitial(() -> new int[articles.size()]);
        PulledWork.forEach(pageCount(), i -> each.accept(i < articles.size()
                ? render(articles, i, related.of(i, scratch.get()))
                : renderCopy(copies.get(i - articles.size())), i));
    }

    /**
     * Renders the pages the scope names, and those whose related articles changed: only an
     * article carrying a changed article's tag can gain or lose one, so only those are compared.
     */
    @Override
    public Scoped render(ChangeScope scope) {
        if (lists != null && sameLists(scope)) {
            return byLists(scope);
        }
        if (lists == null) {
            return byTags(scope, null);
        }
        // kept whole before the change, the lists stay so once those byTags works out are put: only
        // an article carrying a changed tag can have another list, and byTags works out each one's
        boolean complete = lists.size() == scope.before().articles().size()
                && slugs(scope.before().copies()).equals(slugs(parts.dossier().copies()));
        var worked = new java.util.concurrent.ConcurrentHashMap<Slug, List<Slug>>();
        // the lists kept are those of before only when complete: else they are let go of after this update
        var scoped = byTags(scope, complete ? worked : null);
        if (complete) {
            scope.changedSlugs().stream().filter(slug -> parts.dossier().article(slug).isEmpty()
                    || parts.dossier().originalOf(slug).isPresent()).forEach(lists::remove);
            lists.putAll(worked);
        }
        if (!complete || lists.size() != parts.dossier().articles().size()) {
            lists.clear();
        }
        return scoped;
    }

    /**
     * Whether every related list is the same as before the change: the same articles in the same
     * order, each changed one carrying the same tags (the lists rank by tags, then by order).
     */
    private boolean sameLists(ChangeScope scope) {
        var now = parts.dossier().articles();
        var was = scope.before().articles();
        if (now.size() != was.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            // most are the very records of before
            if (now.get(i) != was.get(i) && !now.get(i).slug().equals(was.get(i).slug())) {
                return false;
            }
        }
        return scope.changedSlugs().stream().allMatch(slug -> parts.dossier().article(slug).map(Article::tags)
                .equals(scope.before().article(slug).map(Article::tags)));
    }

    /** The scope's pages and those whose related list (kept, the same as before) shows a changed article. */
    private Scoped byLists(ChangeScope scope) {
        var articles = parts.dossier().articles();
        var positions = parts.dossier().places();
        var related = new RelatedArticles(parts.dossier(), RELATED, positions, tagPositions);
        var scratch = ThreadLocal.withInitial(() -> new int[articles.size()]);
        if (lists.size() != articles.size()) {
            lists.clear();
            java.util.stream.IntStream.range(0, articles.size()).parallel().forEach(i ->
                    lists.put(articles.get(i).slug(), slugs(related.of(i, scratch.get()))));
        }
        var pages = new java.util.HashSet<>(scope.articlePages());
        var changed = scope.changedSlugs();
        lists.forEach((slug, listed) -> {
            for (var shown : listed) {
                if (changed.contains(shown)) {
                    pages.add(slug);
                    return;
                }
            }
        });
        var named = pages.stream().parallel().filter(positions::containsKey)
                .map(slug -> render(articles, positions.get(slug), related.of(positions.get(slug), scratch.get())));
        return scoped(scope, named);
    }

    /**
     * The scope's pages and those of the articles carrying a changed tag whose related list moved;
     * {@code worked} (null: none) gets the list of every article whose list was worked out: only
     * those can differ from before. Given {@code worked}, the kept lists are those of before.
     */
    private Scoped byTags(ChangeScope scope, Map<Slug, List<Slug>> worked) {
        var articles = parts.dossier().articles();
        var positions = parts.dossier().places();
        var positionsBefore = scope.before().places();
        // each tag's places, kept for this dossier's places (those of the tags a change moved let go of)
        var related = new RelatedArticles(parts.dossier(), RELATED, positions, tagPositions);
        var relatedBefore = new RelatedArticles(scope.before(), RELATED, positionsBefore);
        var pages = scope.articlePages();
        var candidates = carrying(scope.changedTags());
        // the kept lists are those of before, each article in the same place: each moves by the changed articles alone
        var edits = worked != null && positions == positionsBefore ? RelatedMoves.of(parts.dossier(), scope, RELATED) : null;
        var scratch = ThreadLocal.withInitial(() -> new int[Math.max(articles.size(), scope.before().articles().size())]);
        var rendered = candidates.stream().parallel()
                .filter(slug -> !pages.contains(slug))
                .map(slug -> {
                    int at = positions.get(slug);
                    var listed = edits != null ? lists.get(slug) : null;
                    if (listed != null && edits.unmoved(articles.get(at), listed)) {
                        return null; // most of the articles carrying a changed tag: the kept list stands
                    }
                    var moved = listed == null ? null : edits.relisted(articles.get(at), listed);
                    var now = worked(worked, slug, moved != null ? moved : related.of(at, scratch.get()));
                    if (moved != null) {
                        return scope.anyChanged(now) || !listed.equals(slugs(now)) ? render(articles, at, now) : null;
                    }
                    if (scope.anyChanged(now) || !positionsBefore.containsKey(slug)) {
                        return render(articles, at, now);
                    }
                    if (now.size() == RELATED && outranked(articles.get(at), now, scope)) {
                        return null;
                    }
                    var was = relatedBefore.of(positionsBefore.get(slug), scratch.get());
                    return slugs(was).equals(slugs(now)) ? null : render(articles, at, now);
                })
                .filter(java.util.Objects::nonNull);
        var named = pages.stream().parallel().filter(positions::containsKey).map(slug ->
                render(articles, positions.get(slug), worked(worked, slug, related.of(positions.get(slug), scratch.get()))));
        return scoped(scope, java.util.stream.Stream.concat(named, rendered));
    }

    /** The slugs of the articles carrying one of {@code tags}: only their related lists can move. */
    private java.util.Set<Slug> carrying(java.util.Set<Slug> tags) {
        var carrying = new java.util.HashSet<Slug>();
        for (var tag : tags) {
            parts.dossier().articlesTagged(tag).forEach(a -> carrying.add(a.slug()));
        }
        return carrying;
    }

    /** {@code related}, the list worked out for {@code slug}, put in {@code worked} unless null. */
    private static List<Article> worked(Map<Slug, List<Slug>> worked, Slug slug, List<Article> related) {
        if (worked != null) {
            worked.put(slug, slugs(related));
        }
        return related;
    }

    /** The pages {@code rendered}, the copies' pages and the images to draw again, among every path of the kind. */
    private Scoped scoped(ChangeScope scope, java.util.stream.Stream<List<OutputFile>> rendered) {
        var articles = parts.dossier().articles();
        // republished copies are few: they are rendered again after every change
        var copies = parts.dossier().copies().stream().map(this::renderCopy);
        var copied = parts.dossier().copies();
        var all = paths.of(articles, copied, () -> java.util.stream.Stream.concat(articles.stream(), copied.stream())
                .flatMap(a -> java.util.stream.Stream.of(PageContext.ARTICLES.page(a.slug()), PreviewImage.of(a.slug())))
                .toList());
        var redrawn = redrawn(scope);
        var files = java.util.stream.Stream.concat(rendered, copies).flatMap(List::stream)
                .filter(file -> file.path().isPage() || redrawn.contains(file.path())).toList();
        return new Scoped(files, all);
    }

    /**
     * The preview images to draw again: those of changed articles whose image text (title, date,
     * outlet) changed; a page rendered again beside one keeps its image, drawn from the same text.
     */
    private java.util.Set<SitePath> redrawn(ChangeScope scope) {
        var redrawn = new java.util.HashSet<SitePath>();
        for (var slug : scope.changedSlugs()) {
            var now = parts.dossier().article(slug).or(() -> copy(slug));
            var was = scope.before().article(slug).or(() -> scope.before().copies().stream()
                    .filter(c -> c.slug().equals(slug)).findFirst());
            if (now.isPresent() && (was.isEmpty() || !imageText(was.get()).equals(imageText(now.get())))) {
                redrawn.add(PreviewImage.of(slug));
            }
        }
        return redrawn;
    }

    private java.util.Optional<Article> copy(Slug slug) {
        return parts.dossier().copies().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    private static List<Object> imageText(Article article) {
        return List.of(article.title(), article.date(), article.source().name());
    }

    /**
     * Whether every changed article, as it was, ranked below all of {@code now} (unchanged articles
     * only): then none was in the old list either, and the old list was {@code now}, since the
     * unchanged articles rank among themselves as before. Saves computing the old list.
     */
    private static boolean outranked(Article article, List<Article> now, ChangeScope scope) {
        for (var was : scope.changedBefore()) {
            int shared = RelatedMoves.shares(article, was);
            for (var kept : now) {
                int keptShared = RelatedMoves.shares(article, kept);
                if (keptShared < shared || keptShared == shared && Dossier.NEWEST_FIRST.compare(kept, was) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Slug> slugs(List<Article> articles) {
        return articles.stream().map(Article::slug).toList();
    }

    private List<OutputFile> render(List<Article> articles, int index, List<Article> related) {
        var article = articles.get(index);
        var context = parts.context(PageContext.ARTICLES.page(article.slug()));
        var older = index + 1 < articles.size() ? ArticlePage.link(context, articles.get(index + 1)) : null;
        var newer = index > 0 ? ArticlePage.link(context, articles.get(index - 1)) : null;
        var alsoPublished = parts.dossier().copiesOf(article.slug()).stream().map(c -> ArticlePage.outlet(context, c)).toList();
        return page.render(article, context, article.tags(), related, older, newer, alsoPublished, null);
    }

    /** A republished copy: its own page stays, pointing at the article listed in its place, outside every list. */
    private List<OutputFile> renderCopy(Article copy) {
        var context = parts.context(PageContext.ARTICLES.page(copy.slug()));
        var original = parts.dossier().originalOf(copy.slug()).map(a -> ArticlePage.link(context, a)).orElse(null);
        // a tag only a copy carries has no page: lists leave copies out, so tag pages do too
        var tags = copy.tags().stream().filter(tag -> parts.dossier().tag(tag).isPresent()).toList();
        return page.render(copy, context, tags, List.of(), null, null, List.of(), original);
    }
}
