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

    /** The paths for {@code articles}: those of last time when the slugs are the same, in order, else made by {@code making}. */
    synchronized List<SitePath> of(List<Article> articles, Supplier<List<SitePath>> making) {
        if (!same(articles)) {
            paths = List.copyOf(making.get());
            slugs = articles.stream().map(Article::slug).toList();
        }
        return paths;
    }

    private boolean same(List<Article> articles) {
        if (articles.size() != slugs.size()) {
            return false;
        }
        for (int i = 0; i < articles.size(); i++) {
            if (!articles.get(i).slug().equals(slugs.get(i))) {
                return false;
            }
        }
        return true;
    }
}
