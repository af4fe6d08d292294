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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** The files of articles/ as last listed: the preview tells which changed, so an edit need not list them again. */
    final KeptListing listing = new KeptListing();
    private Map<Article, MarkdownLinks> links = new IdentityHashMap<>();
    private List<Object> timelineKey = List.of();
    private Map<String, Checked> checks = new HashMap<>();
    private Map<String, Set<String>> checkedAnchors = Map.of();
    private Set<String> checkedTags = Set.of();
    private List<dossier.model.Page> checkedPages;
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
    private LinkCheck lastCheck;
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
     * Checks the links of {@code dossier} as {@link LinkCheck#check} does, parsing only the articles
     * not seen last time, and checking again only their links and those pointing at a page that
     * appeared, vanished or changed anchors (and broken ones, whose hint may change). The anchors of
     * every page are kept: only those of the articles new or gone since are read and compared.
     */
    void checkLinks(Dossier dossier, List<Problem> problems) {
        var read = editedInPlace && edit.sameUrls() && lastCheck != null ? readEdited(dossier) : readNew(dossier);
        var missing = read.added();
        var gone = read.gone();
        var check = read.check();
        lastCheck = check;
        boolean all = !dossier.pages().equals(checkedPages);
        // kept from one check to the next, and updated in place for the touched URLs only
        var anchors = all ? allAnchors(check) : checkedAnchors;
        var touched = all ? anchors.keySet() : touched(missing, gone);
        var tags = dossier.tags().stream().map(t -> "tags/" + t.slug() + "/").collect(Collectors.toSet());
        var before = checkedAnchors;
        var moved = new HashSet<String>();
        // a broken link's hint names the closest slug or tag: new ones may change it
        boolean hints = !tags.equals(checkedTags);
        for (var url : all ? anchors.keySet() : touched) {
            var now = all ? anchors.get(url) : check.anchors(url);
            var was = before.get(url);
            if (!java.util.Objects.equals(now, was)) {
                moved.add(url);
                hints |= now == null || was == null;
            }
            if (!all) {
                if (now == null) {
                    anchors.remove(url);
                } else {
                    anchors.put(url, now);
                }
            }
        }
        if (all) {
            before.keySet().stream().filter(url -> !anchors.containsKey(url)).forEach(moved::add);
            hints |= !anchors.keySet().equals(before.keySet());
        }
        tags.stream().filter(tag -> !checkedTags.contains(tag)).forEach(moved::add);
        checkedTags.stream().filter(tag -> !tags.contains(tag)).forEach(moved::add);
        // kept from one check to the next: only the new articles' links, and those the change can reach, are checked again
        var checks = all ? new HashMap<String, Checked>() : this.checks;
        gone.forEach(article -> checks.remove("articles/" + article.slug() + "/"));
        var again = new ArrayList<Article>(all ? dossier.articles() : missing);
        if (!all && (hints || !moved.isEmpty())) {
            for (var was : checks.values()) {
                if (was.source() instanceof Article article && (hints && !was.links().problems().isEmpty()
                        || was.links().targets().stream().anyMatch(moved::contains))) {
                    again.add(article);
                }
            }
        }
        again.forEach(article -> checks.put("articles/" + article.slug() + "/",
                new Checked(article, check.checked("articles/" + article.slug() + "/", article.file()))));
        for (var page : dossier.pages()) {
            var url = page.slug() + "/";
            checks.put(url, new Checked(page, check.checked(url, page.file())));
        }
        checks.values().stream().filter(c -> !c.links().problems().isEmpty()).forEach(c -> problems.addAll(c.links().problems()));
        this.checks = checks;
        checkedAnchors = anchors;
        checkedTags = tags;
        checkedPages = dossier.pages();
        lastListed = loading;
    }

    /** The articles whose links were parsed for this check, those whose links are gone, and the check. */
    private record Read(List<Article> added, List<Article> gone, LinkCheck check) {
    }

    /** The check of a dossier that is the last one with the edited records in their places: only theirs change. */
    private Read readEdited(Dossier dossier) {
        var added = new ArrayList<Article>();
        var gone = new ArrayList<Article>();
        for (int i = 0; i < edit.after().size(); i++) {
            if (links.remove(edit.before().get(i)) != null) {
                gone.add(edit.before().get(i));
                added.add(edit.after().get(i));
                links.put(edit.after().get(i), LinkCheck.parse(edit.after().get(i)));
            }
        }
        return new Read(added, gone, lastCheck.edited(dossier, added, links::get));
    }

    /** The check of any dossier: the articles not seen last time are parsed, the others' links kept. */
    private Read readNew(Dossier dossier) {
        var missing = dossier.articles().stream().filter(a -> !links.containsKey(a)).toList();
        var parsed = missing.parallelStream().map(LinkCheck::parse).toList();
        var kept = new IdentityHashMap<Article, MarkdownLinks>(dossier.articles().size() * 2);
        for (var article : dossier.articles()) {
            var known = links.get(article);
            if (known != null) {
                kept.put(article, known);
            }
        }
        for (int i = 0; i < missing.size(); i++) {
            kept.put(missing.get(i), parsed.get(i));
        }
        var gone = links.keySet().stream().filter(a -> !kept.containsKey(a)).toList();
        links = kept;
        return new Read(missing, gone, LinkCheck.of(dossier, kept::get));
    }

    /** Every page's anchors by URL (aliases too), read in parallel: the bodies are parsed on first ask. */
    private static Map<String, Set<String>> allAnchors(LinkCheck check) {
        return new HashMap<>(check.urls().parallelStream().collect(Collectors.toMap(url -> url, check::anchors)));
    }

    /** The URLs (aliases too) of the articles new since the last check and of those gone: only theirs can have other anchors. */
    private static Set<String> touched(List<Article> added, List<Article> gone) {
        var urls = new HashSet<String>();
        java.util.stream.Stream.concat(added.stream(), gone.stream()).forEach(article -> {
            urls.add("articles/" + article.slug() + "/");
            article.aliases().forEach(alias -> urls.add("articles/" + alias + "/"));
        });
        return urls;
    }

    /** The links of one article or page as last checked, with the record they were checked on. */
    private record Checked(Object source, LinkCheck.Checked links) {
    }
}
