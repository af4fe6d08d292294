package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For every article, the few others sharing the most tags, most recent first among equals.
 *
 * <p>Counts go into a plain int array indexed by position in the newest-first list, reached
 * through per-tag position arrays: on 10,000 articles that is tens of millions of increments,
 * where a hash map per article would cost seconds.
 */
final class RelatedArticles {

    private final Dossier dossier;
    private final List<Article> articles;
    private final Map<Slug, Integer> positions;
    /** Made for each tag when first asked: an update asks for a few articles' lists, and their tags only. */
    private final Map<Slug, int[]> tagPositions;
    private final int count;

    RelatedArticles(Dossier dossier, int count) {
        this(dossier, count, dossier.places());
    }

    /** {@code positions}: each article's place in the dossier's newest-first list, by slug. */
    RelatedArticles(Dossier dossier, int count, Map<Slug, Integer> positions) {
        this(dossier, count, positions, new ConcurrentHashMap<>());
    }

    /**
     * As {@link #RelatedArticles(Dossier, int, Map)}, each tag's positions taken from (and put in)
     * {@code tagPositions}: the preview keeps them while the dossier's places are the same object,
     * which holds every tag's articles in the same places.
     */
    RelatedArticles(Dossier dossier, int count, Map<Slug, Integer> positions, Map<Slug, int[]> tagPositions) {
        this.dossier = dossier;
        this.articles = dossier.articles();
        this.count = count;
        this.positions = positions;
        this.tagPositions = tagPositions;
    }

    private int[] positions(Slug tag) {
        return tagPositions.computeIfAbsent(tag, t -> dossier.articlesTagged(t).stream()
                .mapToInt(a -> positions.get(a.slug())).toArray());
    }

    /** The related articles of the article at {@code position}; {@code shared} is a zeroed scratch array. */
    List<Article> of(int position, int[] shared) {
        var tags = articles.get(position).tags();
        int reach = 0;
        for (var tag : tags) {
            reach += positions(tag).length;
        }
        // Plain ints, not a list of Integer: boxing was most of the time on 10,000 articles.
        var touched = new int[reach];
        int size = 0;
        for (var tag : tags) {
            for (int other : positions(tag)) {
                if (other != position && shared[other]++ == 0) {
                    touched[size++] = other;
                }
            }
        }
        var best = new int[count];
        int found = 0;
        for (int i = 0; i < size; i++) {
            found = insert(best, found, touched[i], shared);
        }
        for (int i = 0; i < size; i++) {
            shared[touched[i]] = 0;
        }
        var related = new ArrayList<Article>(found);
        for (int i = 0; i < found; i++) {
            related.add(articles.get(best[i]));
        }
        return related;
    }

    /** Keeps {@code best} sorted by shared tags (more first), then position (newer first). */
    private static int insert(int[] best, int found, int candidate, int[] shared) {
        int at = found;
        while (at > 0 && better(candidate, best[at - 1], shared)) {
            at--;
        }
        if (at >= best.length) {
            return found;
        }
        int last = Math.min(found, best.length - 1);
        System.arraycopy(best, at, best, at + 1, last - at);
        best[at] = candidate;
        return Math.min(found + 1, best.length);
    }

    private static boolean better(int a, int b, int[] shared) {
        return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
    }

    int size() {
        return articles.size();
    }
}
