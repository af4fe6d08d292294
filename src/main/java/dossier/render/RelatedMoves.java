package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.List;

/**
 * How a preview edit that leaves every article in its place moves the related lists kept from the
 * last update: only the changed articles can rank otherwise against an unchanged one, so its list
 * is found from the old one and them, without ranking the whole dossier again.
 */
final class RelatedMoves {

    private final Dossier dossier;
    private final List<Placed> edits;
    /** How many related articles a list shows. */
    private final int size;

    private RelatedMoves(Dossier dossier, List<Placed> edits, int size) {
        this.dossier = dossier;
        this.edits = List.copyOf(edits);
        this.size = size;
    }

    /** An article as it was and as it is (an unchanged one: the same record twice), with its place, the same in both lists. */
    private record Placed(Article before, Article now, int place) {
    }

    /** The moves of {@code scope}'s changed articles, each listed before and after in the same place; null when one is not. */
    static RelatedMoves of(Dossier dossier, ChangeScope scope, int size) {
        var places = dossier.places();
        var edited = new ArrayList<Placed>();
        for (var slug : scope.changedSlugs()) {
            var before = scope.before().article(slug);
            var now = dossier.article(slug);
            if (before.isEmpty() || now.isEmpty() || !places.containsKey(slug)) {
                return null;
            }
            edited.add(new Placed(before.get(), now.get(), places.get(slug)));
        }
        return new RelatedMoves(dossier, edited, size);
    }

    /**
     * Whether the related list of {@code article} (unchanged) is {@code was} still, showing no
     * changed article: none is in it, and each shares as many tags with it as before.
     */
    boolean unmoved(Article article, List<Slug> was) {
        for (var edit : edits) {
            if (was.contains(edit.now().slug()) || shares(article, edit.now()) != shares(article, edit.before())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The related articles of {@code article} (unchanged) after the {@code edits}, from its list
     * before, {@code was}, when the change kept every article in its place: only the changed
     * articles rank otherwise against it, by the tags they share with it now. The unchanged ones of
     * {@code was} outrank every other unchanged article, so the new list is the best of them and
     * the changed ones, unless a changed one in a full list fell (the next unchanged one may then
     * take its place): null then, for the list to be worked out whole.
     */
    List<Article> relisted(Article article, List<Slug> was) {
        var places = dossier.places();
        var ranked = new ArrayList<Placed>(size + edits.size());
        var shares = new ArrayList<Integer>(size + edits.size());
        for (var slug : was) {
            if (edits.stream().noneMatch(e -> e.now().slug().equals(slug))) {
                var other = dossier.article(slug).orElseThrow();
                rank(ranked, shares, new Placed(other, other, places.get(slug)), shares(article, other));
            }
        }
        for (var edit : edits) {
            int now = shares(article, edit.now());
            if (was.size() == size && was.contains(edit.now().slug()) && now < shares(article, edit.before())) {
                return null;
            }
            if (now > 0) {
                rank(ranked, shares, edit, now);
            }
        }
        return ranked.stream().limit(size).map(Placed::now).toList();
    }

    /** Puts {@code one} in {@code ranked}, kept by tags shared (more first), then place (newer first). */
    private static void rank(List<Placed> ranked, List<Integer> shares, Placed one, int shared) {
        int at = ranked.size();
        while (at > 0 && (shares.get(at - 1) < shared || shares.get(at - 1) == shared && ranked.get(at - 1).place() > one.place())) {
            at--;
        }
        ranked.add(at, one);
        shares.add(at, shared);
    }

    /** How many tags {@code other} shares with {@code article}: what {@link RelatedArticles} ranks by. */
    static int shares(Article article, Article other) {
        int count = 0;
        for (var tag : article.tags()) {
            if (other.tags().contains(tag)) {
                count++;
            }
        }
        return count;
    }
}
