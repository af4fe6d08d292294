package dossier.load;

import dossier.model.Article;
import dossier.model.Chronology;
import dossier.model.Event;
import dossier.model.Dossier;
import dossier.model.Problem;
import dossier.model.Page;
import dossier.model.Settings;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the preview's loader keeps from one load to the next, so that a load after one article
 * changed redoes the dossier-wide work for that article only: each article's links and anchors
 * as parsed, the near-duplicate index of the articles, and the last merged timeline. Articles are known by identity: a file
 * that did not change keeps its record from the last load, an edited one gets a new record.
 */
public final class LoadMemory {

    private final KeptCopies copies = new KeptCopies();
    private final KeptLinkCheck linkCheck = new KeptLinkCheck();
    /** The files of articles/ as last listed: the preview tells which changed, so an edit need not list them again. */
    final KeptListing listing = new KeptListing();
    private List<Object> timelineKey = List.of();
    private Chronology.Merged timeline;
    private List<Article> order = new ArrayList<>();
    private Map<Slug, Slug> dossierCopies = Map.of();
    /** The articles of the last load through to its end, in file order; null after a load cut short. */
    private List<Article> lastListed;
    private List<Article> loading;
    /** What this load's articles replace of the last load's, null when not only records in their places changed. */
    private ArticleEdits edit;
    /** Whether the last load found no URL taken twice. */
    private boolean unique;
    private Dossier dossier;
    /** Whether this load's dossier was made from the last one, the edited records put in their places. */
    private boolean editedInPlace;
    private List<java.nio.file.Path> placesListed;
    private LoadedFiles.Places places;

    /** The article files (absolute) that changed since the last load; null when unknown (the folder is listed again). */
    public void changed(Set<java.nio.file.Path> files) {
        listing.changed(files);
    }

    /** The places of the files of {@code listed}: those of last time for the same listing (the very list object). */
    LoadedFiles.Places places(List<java.nio.file.Path> listed, java.util.function.Function<List<java.nio.file.Path>,
            LoadedFiles.Places> placing) {
        if (listed != placesListed) {
            places = placing.apply(listed);
            placesListed = listed;
        }
        return places;
    }

    /** The articles of this load, in file order: told before the steps that work out what they change. */
    void listed(List<Article> articles) {
        edit = ArticleEdits.between(lastListed, articles);
        // set again at the end of the load: a load cut short (an I/O error) leaves the next one to work all out again
        lastListed = null;
        loading = articles;
    }

    /**
     * Whether looking for URLs taken twice would find none: the last load found none, and the
     * edited records keep their slugs and aliases.
     */
    boolean urlsUnique() {
        return unique && edit != null && edit.sameUrls();
    }

    /** Tells whether this load found no URL taken twice (or needed not look). */
    void unique(boolean none) {
        unique = none;
    }

    /**
     * {@code articles} newest first, as {@link Dossier#NEWEST_FIRST} sorts them: in the order of
     * last time, each article not seen then put in its place, so that the dossier's sort finds
     * them sorted (one pass) instead of sorting 10,000 articles again for one edit.
     */
    List<Article> newestFirst(List<Article> articles) {
        var now = java.util.Collections.newSetFromMap(new IdentityHashMap<Article, Boolean>(articles.size() * 2));
        now.addAll(articles);
        var sorted = new ArrayList<Article>(articles.size());
        var kept = java.util.Collections.newSetFromMap(new IdentityHashMap<Article, Boolean>(articles.size() * 2));
        for (var article : order) {
            if (now.contains(article)) {
                sorted.add(article);
                kept.add(article);
            }
        }
        if (kept.size() < articles.size() / 2) {
            sorted = new ArrayList<>(articles);
            sorted.sort(Dossier.NEWEST_FIRST);
        } else {
            for (var article : articles) {
                if (!kept.contains(article)) {
                    int at = java.util.Collections.binarySearch(sorted, article, Dossier.NEWEST_FIRST);
                    sorted.add(at < 0 ? -at - 1 : at, article);
                }
            }
        }
        order = sorted;
        return sorted;
    }

    /** The republished copies among {@code articles}, as {@link Republications#find} finds them. */
    Map<Slug, Slug> copies(List<Article> articles, boolean drafts, List<Problem> problems) {
        return copies.of(articles, drafts, problems, edit);
    }

    /**
     * The dossier of this load, as {@link Dossier#of} makes it with the timeline kept here: made
     * from the last one when only records in their places changed, keeping their dates and events.
     */
    Dossier dossier(Settings settings, List<Article> articles, List<Page> pages, List<Event> curated,
            Map<Slug, Slug> copies, List<Problem> problems) {
        var made = edited(settings, pages, curated, copies);
        editedInPlace = made != null;
        if (made != null) {
            problems.addAll(timeline.problems());
            keepOrder();
        } else {
            made = Dossier.of(settings, newestFirst(articles), pages, copies, problems, listed -> timeline(curated, listed));
        }
        dossier = made;
        dossierCopies = copies;
        return made;
    }

    private Dossier edited(Settings settings, List<Page> pages, List<Event> curated, Map<Slug, Slug> copies) {
        if (edit == null || dossier == null || !copies.equals(dossierCopies) || timelineKey.isEmpty()
                || !curated.equals(timelineKey.get(0))) {
            return null;
        }
        var shown = new ArrayList<Article>();
        for (int i = 0; i < edit.after().size(); i++) {
            var now = edit.after().get(i);
            // a draft left hidden is in no list, before or after
            if (settings.drafts() || !now.draft() || !edit.before().get(i).draft()) {
                shown.add(now);
            }
        }
        return dossier.edited(settings, pages, shown).orElse(null);
    }

    /**
     * Puts the edited records in the kept order in place of those they replace: in their places
     * when they sort the same (a listed one does), else where they sort now (a hidden draft may have another date).
     */
    private void keepOrder() {
        for (int i = 0; i < edit.before().size(); i++) {
            var was = edit.before().get(i);
            var now = edit.after().get(i);
            int at = java.util.Collections.binarySearch(order, was, Dossier.NEWEST_FIRST);
            if (at >= 0 && order.get(at) == was) {
                if (Dossier.NEWEST_FIRST.compare(was, now) == 0) {
                    order.set(at, now);
                } else {
                    order.remove(at);
                    int to = java.util.Collections.binarySearch(order, now, Dossier.NEWEST_FIRST);
                    order.add(to < 0 ? -to - 1 : to, now);
                }
            }
        }
    }

    /**
     * The timeline of {@code curated} and the articles' events, as {@link Chronology#merge} makes it:
     * the last one made when every article reports the same events as last time, in the same order.
     */
    Chronology.Merged timeline(List<Event> curated, List<Article> listed) {
        var key = new ArrayList<Object>(listed.size() + 1);
        key.add(curated);
        listed.forEach(article -> key.add(article.events()));
        if (!key.equals(timelineKey)) {
            timelineKey = key;
            timeline = Chronology.merge(curated, listed);
        }
        return timeline;
    }

    /**
     * Checks the links of {@code dossier} as {@link LinkCheck#check} does, again only where this
     * load's changes can reach ({@link KeptLinkCheck}).
     */
    void checkLinks(Dossier dossier, List<Problem> problems) {
        linkCheck.check(dossier, editedInPlace && edit.sameUrls() ? edit : null, problems);
        lastListed = loading;
    }
}
