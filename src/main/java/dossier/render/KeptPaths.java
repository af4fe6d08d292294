package dossier.render;

import dossier.model.Article;
import dossier.model.Slug;
import java.util.List;
import java.util.function.Supplier;

/**
 * The paths a kind makes for a list of articles, kept from one update to the next: an edit seldom
 * adds or removes an article, and making tens of thousands of paths again costs more than
 * comparing the slugs.
 */
final class KeptPaths {

    private List<Slug> slugs = List.of();
    private List<SitePath> paths = List.of();

    /**
     * The paths for {@code articles} then {@code copies}: those of last time when the slugs are the
     * same, in order, else made by {@code making}.
     */
    synchronized List<SitePath> of(List<Article> articles, List<Article> copies, Supplier<List<SitePath>> making) {
        if (!same(articles, copies)) {
            paths = List.copyOf(making.get());
            var listed = new java.util.ArrayList<Slug>(articles.size() + copies.size());
            articles.forEach(article -> listed.add(article.slug()));
            copies.forEach(article -> listed.add(article.slug()));
            slugs = List.copyOf(listed);
        }
        return paths;
    }

    /** Whether the articles are those of last time by slug, in order: most hold the very slugs of last time. */
    private boolean same(List<Article> articles, List<Article> copies) {
        if (articles.size() + copies.size() != slugs.size()) {
            return false;
        }
        for (int i = 0; i < slugs.size(); i++) {
            var article = i < articles.size() ? articles.get(i) : copies.get(i - articles.size());
            if (article.slug() != slugs.get(i) && !article.slug().equals(slugs.get(i))) {
                return false;
            }
        }
        return true;
    }
}
