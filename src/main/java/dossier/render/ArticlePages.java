package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Slug;
import dossier.render.PageViews.ArticleView;
import dossier.render.Views.Link;
import java.util.List;

/** One page per article: {@code articles/<slug>/}. */
final class ArticlePages implements OutputKind {

    private static final int RELATED = 3;
    /** Reading speed for French prose on screen, words a minute. */
    private static final int WORDS_PER_MINUTE = 230;

    private final SiteRenderer.Parts parts;

    ArticlePages(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    @Override
    public List<OutputFile> render() {
        var articles = parts.dossier().articles();
        var related = new RelatedArticles(parts.dossier(), RELATED);
        var scratch = ThreadLocal.withInitial(() -> new int[articles.size()]);
        return java.util.stream.IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> render(articles, i, related.of(i, scratch.get())))
                .toList();
    }

    /**
     * Renders the pages the scope names, and those whose related articles changed: only an
     * article carrying a changed article's tag can gain or lose one, so only those are compared.
     */
    @Override
    public Scoped render(ChangeScope scope) {
        var articles = parts.dossier().articles();
        var related = new RelatedArticles(parts.dossier(), RELATED);
        var relatedBefore = new RelatedArticles(scope.before(), RELATED);
        var positions = ChangeScope.positions(parts.dossier());
        var positionsBefore = ChangeScope.positions(scope.before());
        var pages = scope.articlePages();
        var candidates = new java.util.HashSet<Slug>();
        for (var tag : scope.changedTags()) {
            parts.dossier().articlesTagged(tag).forEach(a -> candidates.add(a.slug()));
        }
        var scratch = ThreadLocal.withInitial(() -> new int[Math.max(articles.size(), scope.before().articles().size())]);
        var rendered = candidates.stream().parallel()
                .filter(slug -> !pages.contains(slug))
                .map(slug -> {
                    int at = positions.get(slug);
                    var now = related.of(at, scratch.get());
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
        var named = pages.stream().parallel().filter(positions::containsKey)
                .map(slug -> render(articles, positions.get(slug), related.of(positions.get(slug), scratch.get())));
        return new Scoped(java.util.stream.Stream.concat(named, rendered).toList(),
                articles.stream().map(a -> PageContext.ARTICLES.page(a.slug())).toList());
    }

    /**
     * Whether every changed article, as it was, ranked below all of {@code now} (unchanged articles
     * only): then none was in the old list either, and the old list was {@code now}, since the
     * unchanged articles rank among themselves as before. Saves computing the old list.
     */
    private static boolean outranked(Article article, List<Article> now, ChangeScope scope) {
        for (var was : scope.changedBefore()) {
            int shared = shared(article, was);
            for (var kept : now) {
                int keptShared = shared(article, kept);
                if (keptShared < shared || keptShared == shared && Dossier.NEWEST_FIRST.compare(kept, was) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int shared(Article a, Article b) {
        return (int) a.tags().stream().filter(b.tags()::contains).count();
    }

    private static List<Slug> slugs(List<Article> articles) {
        return articles.stream().map(Article::slug).toList();
    }

    private OutputFile render(List<Article> articles, int index, List<Article> related) {
        var article = articles.get(index);
        var context = parts.context(PageContext.ARTICLES.page(article.slug()));
        var body = parts.markdown().render(article.markdown());
        var older = index + 1 < articles.size() ? link(context, articles.get(index + 1)) : null;
        var newer = index > 0 ? link(context, articles.get(index - 1)) : null;
        var cards = parts.cards();
        var view = new ArticleView(context.head(article.title(), article.summary(), "article"),
                FrenchTypography.text(article.title()), FrenchTypography.text(article.summary()),
                article.date().toString(), FrenchDates.day(article.date()), article.source().name(),
                article.source().url(), article.author(), readingMinutes(article.markdown()),
                cards.tags(context, article.tags()), body,
                cards.events(context, parts.dossier().eventsFrom(article.slug())),
                cards.articles(context, related), older, newer);
        return OutputFile.text(context.path(), parts.templates().render("article", view, context.site()));
    }

    private static Link link(PageContext context, Article article) {
        return new Link(context.article(article.slug()), FrenchTypography.text(article.title()));
    }

    static int readingMinutes(String markdown) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < markdown.length(); i++) {
            boolean space = Character.isWhitespace(markdown.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
