package dossier.load;

import dossier.clean.DuplicatePair;
import dossier.clean.NearDuplicateIndex;
import dossier.clean.NearDuplicates;
import dossier.model.Article;
import dossier.model.Problem;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the same story republished by several outlets among a dossier's articles and decides which
 * copy the site lists: the earliest published (the original, as the others republish it), a
 * hand-edited {@code .md} before a raw {@code .txt} on the same day, then the first by slug.
 * Each other copy is reported on its file as a warning naming the kept one.
 */
final class Republications {

    /** Earliest first, edited Markdown before raw text, then by slug: the first of a group is kept. */
    private static final Comparator<Article> KEPT_FIRST = Comparator.comparing(Article::date)
            .thenComparing((Article a) -> a.file().toString().endsWith(".txt"))
            .thenComparing(Article::slug);

    private Republications() {
    }

    /** Each copy's slug mapped to the slug of the article listed in its place. */
    static Map<Slug, Slug> find(List<Article> articles, boolean drafts, List<Problem> problems) {
        var published = published(articles, drafts);
        var documents = new ArrayList<NearDuplicates.Document>();
        for (int i = 0; i < published.size(); i++) {
            documents.add(new NearDuplicates.Document(Integer.toString(i), text(published.get(i))));
        }
        return grouped(published, new NearDuplicates().find(documents), Integer::parseInt, problems);
    }

    /**
     * As {@link #find(List, boolean, List)}, keeping {@code index} up to date instead of comparing every
     * article: {@code indexed} holds the article each file was put in the index as, so only the
     * articles that are new, changed (another record) or gone since are put or removed.
     */
    static Map<Slug, Slug> find(List<Article> articles, boolean drafts, List<Problem> problems,
            NearDuplicateIndex index, Map<String, Article> indexed) {
        var published = published(articles, drafts);
        var numbers = new HashMap<String, Integer>();
        for (int i = 0; i < published.size(); i++) {
            var article = published.get(i);
            var id = article.file().toString();
            numbers.put(id, i);
            if (indexed.get(id) != article) {
                index(article, index, indexed);
            }
        }
        for (var id : List.copyOf(indexed.keySet())) {
            if (!numbers.containsKey(id)) {
                index.remove(id);
                indexed.remove(id);
            }
        }
        return grouped(published, index.pairs(), numbers::get, problems);
    }

    /** Puts {@code article} in {@code index} in place of the record its file held there, as {@link #find} does. */
    static void index(Article article, NearDuplicateIndex index, Map<String, Article> indexed) {
        var id = article.file().toString();
        index.put(id, text(article));
        indexed.put(id, article);
    }

    private static List<Article> published(List<Article> articles, boolean drafts) {
        return articles.stream().filter(a -> drafts || !a.draft()).toList();
    }

    private static String text(Article article) {
        return article.title() + "\n" + article.markdown();
    }

    /** Groups the articles the pairs join (ids read as positions in {@code published}), keeping the first of each. */
    private static Map<Slug, Slug> grouped(List<Article> published, List<DuplicatePair> pairs,
            java.util.function.Function<String, Integer> number, List<Problem> problems) {
        var group = new int[published.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        var shares = new HashMap<Integer, Double>();
        for (var pair : pairs) {
            int a = number.apply(pair.first());
            int b = number.apply(pair.second());
            group[root(group, a)] = root(group, b);
            shares.merge(a, pair.containment(), Math::max);
            shares.merge(b, pair.containment(), Math::max);
        }
        var kept = new HashMap<Integer, Article>();
        for (int i = 0; i < group.length; i++) {
            kept.merge(root(group, i), published.get(i), (x, y) -> KEPT_FIRST.compare(x, y) <= 0 ? x : y);
        }
        var copies = new HashMap<Slug, Slug>();
        for (int i = 0; i < group.length; i++) {
            var original = kept.get(root(group, i));
            var article = published.get(i);
            if (original != article) {
                copies.put(article.slug(), original.slug());
                problems.add(warning(article, original, shares.get(i)));
            }
        }
        return copies;
    }

    private static Problem warning(Article copy, Article original, double share) {
        var outlet = copy.source().name().isEmpty() ? "this copy" : copy.source().name();
        return Problem.warning(copy.file(), 1, "same story as " + path(original) + " (" + Math.round(share * 100)
                + "% of the text shared): only that one is listed, its page says \"Également publié par " + outlet
                + "\"; this one's page stays, outside every list",
                "two different stories? rewrite the shared text; the same one? keep a single file");
    }

    private static String path(Article article) {
        return article.file().toString().replace('\\', '/');
    }

    /** Union-find root, halving paths on the way so long chains stay short. */
    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
