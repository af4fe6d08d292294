package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Slug;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a change of some articles can reach, read from the dossier before and after: the changed
 * articles, the articles sharing an event with them, their neighbours in date order (before and
 * after the change), the tags they carried or carry, and whether the timeline moved.
 */
final class ChangeScope {

    private final Dossier before;
    private final Dossier after;
    private final Set<Slug> changed;
    private final Set<Slug> sharingEvents = new HashSet<>();
    private final boolean timelineKept;

    ChangeScope(Change change, Dossier after) {
        this(change, after, false);
    }

    /**
     * {@code timelineKept}: the caller found that nothing the chronology shows changed (the same
     * events, and the changed articles' titles, outlets and paragraph anchors as before).
     */
    ChangeScope(Change change, Dossier after, boolean timelineKept) {
        this.timelineKept = timelineKept;
        this.before = change.before();
        this.after = after;
        this.changed = change.articles();
        for (var slug : changed) {
            Stream.concat(before.eventsFrom(slug).stream(), after.eventsFrom(slug).stream())
                    .forEach(event -> sharingEvents.addAll(event.sources()));
        }
    }

    Dossier before() {
        return before;
    }

    /** The changed articles as they were before the change (those that existed). */
    List<Article> changedBefore() {
        return changed.stream().map(before::article).flatMap(Optional::stream).toList();
    }

    boolean changed(Article article) {
        return changed.contains(article.slug());
    }

    boolean anyChanged(List<Article> articles) {
        return articles.stream().anyMatch(this::changed);
    }

    /** Changed articles, those sharing an event with one, and the neighbours of each in both orders. */
    Set<Slug> articlePages() {
        var pages = new HashSet<>(changed);
        pages.addAll(sharingEvents);
        for (var slug : changed) {
            pages.addAll(neighbours(before, slug));
            pages.addAll(neighbours(after, slug));
        }
        return pages;
    }

    /** Tags carried, before or after, by a changed article or one sharing an event with it. */
    Set<Slug> tags() {
        var tags = new HashSet<Slug>();
        Stream.concat(changed.stream(), sharingEvents.stream()).forEach(slug -> {
            before.article(slug).ifPresent(a -> tags.addAll(a.tags()));
            after.article(slug).ifPresent(a -> tags.addAll(a.tags()));
        });
        return tags;
    }

    /** Tags carried, before or after, by a changed article: only articles carrying one can see their related list move. */
    Set<Slug> changedTags() {
        var tags = new HashSet<Slug>();
        for (var slug : changed) {
            before.article(slug).ifPresent(a -> tags.addAll(a.tags()));
            after.article(slug).ifPresent(a -> tags.addAll(a.tags()));
        }
        return tags;
    }

    /** The slugs of the articles added, removed or edited. */
    Set<Slug> changedSlugs() {
        return changed;
    }

    /**
     * True for an update that changes no article (the preview's first, after its start): the kinds
     * that keep pieces between updates render whole in it, so the first edit costs what later ones do.
     */
    boolean changesNothing() {
        return changed.isEmpty();
    }

    /** Whether the timeline can differ: a changed article reported an event before or reports one now. */
    boolean timeline() {
        return !timelineKept && changed.stream().anyMatch(slug -> !before.eventsFrom(slug).isEmpty() || !after.eventsFrom(slug).isEmpty());
    }

    /** Page numbers of a paginated list that differ: other items, another page count, or a changed item shown. */
    Set<Integer> slices(List<Article> was, List<Article> is, int size) {
        if (sameSlugs(was, is)) {
            // the same items on every page: only those showing a changed article differ
            var numbers = new HashSet<Integer>();
            // lists are newest first, as the dossier's: a changed article is found by its date and slug
            for (var slug : changed) {
                var article = after.article(slug);
                int at = article.isEmpty() ? -1 : java.util.Collections.binarySearch(is, article.get(), Dossier.NEWEST_FIRST);
                if (at >= 0) {
                    numbers.add(at / size + 1);
                }
            }
            return numbers;
        }
        var numbers = new HashSet<Integer>();
        var old = Pagination.split(SitePath.ROOT, was, size);
        var now = Pagination.split(SitePath.ROOT, is, size);
        for (var slice : now) {
            var same = old.size() == now.size() && slugs(old.get(slice.number() - 1).items()).equals(slugs(slice.items()));
            if (!same || anyChanged(slice.items())) {
                numbers.add(slice.number());
            }
        }
        return numbers;
    }

    /** Whether two lists hold articles of the same slugs in the same order; most are the same records. */
    private static boolean sameSlugs(List<Article> was, List<Article> is) {
        if (was.size() != is.size()) {
            return false;
        }
        for (int i = 0; i < was.size(); i++) {
            if (was.get(i) != is.get(i) && !was.get(i).slug().equals(is.get(i).slug())) {
                return false;
            }
        }
        return true;
    }

    private static List<Slug> slugs(List<Article> articles) {
        return articles.stream().map(Article::slug).toList();
    }

    private static List<Slug> neighbours(Dossier dossier, Slug slug) {
        var articles = dossier.articles();
        Optional<Article> article = dossier.article(slug);
        if (article.isEmpty()) {
            return List.of();
        }
        int at = java.util.Collections.binarySearch(articles, article.get(), Dossier.NEWEST_FIRST);
        return Stream.of(at - 1, at + 1).filter(i -> i >= 0 && i < articles.size())
                .map(i -> articles.get(i).slug()).toList();
    }
}
