package dossier.load;

import dossier.clean.NearDuplicateIndex;
import dossier.model.Article;
import dossier.model.Chronology;
import dossier.model.Event;
import dossier.model.Dossier;
import dossier.model.Problem;
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

    private final NearDuplicateIndex duplicates = new NearDuplicateIndex();
    private final Map<String, Article> indexed = new HashMap<>();
    private Map<Article, MarkdownLinks> links = new IdentityHashMap<>();
    private List<Object> timelineKey = List.of();
    private Map<String, Checked> checks = Map.of();
    private Map<String, Set<String>> checkedAnchors = Map.of();
    private Set<String> checkedTags = Set.of();
    private List<dossier.model.Page> checkedPages;
    private Chronology.Merged timeline;

    /** The republished copies among {@code articles}, as {@link Republications#find} finds them. */
    Map<Slug, Slug> copies(List<Article> articles, boolean drafts, List<Problem> problems) {
        return Republications.find(articles, drafts, problems, duplicates, indexed);
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
     * appeared, vanished or changed anchors (and broken ones, whose hint may change).
     */
    void checkLinks(Dossier dossier, List<Problem> problems) {
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
        links = kept;
        var check = LinkCheck.of(dossier, kept::get);
        // anchors are read on first ask, parsing the body: in parallel
        var anchors = new HashMap<String, Set<String>>(check.urls().parallelStream()
                .collect(Collectors.toMap(url -> url, check::anchors)));
        var tags = dossier.tags().stream().map(t -> "tags/" + t.slug() + "/").collect(Collectors.toSet());
        boolean all = !dossier.pages().equals(checkedPages);
        var moved = moved(anchors, tags);
        // a broken link's hint names the closest slug or tag: new ones may change it
        boolean hints = !anchors.keySet().equals(checkedAnchors.keySet()) || !tags.equals(checkedTags);
        var checks = new HashMap<String, Checked>();
        for (var article : dossier.articles()) {
            var url = "articles/" + article.slug() + "/";
            var was = this.checks.get(url);
            boolean again = all || was == null || was.source() != article || hints && !was.links().problems().isEmpty()
                    || was.links().targets().stream().anyMatch(moved::contains);
            checks.put(url, again ? new Checked(article, check.checked(url, article.file())) : was);
        }
        for (var page : dossier.pages()) {
            var url = page.slug() + "/";
            checks.put(url, new Checked(page, check.checked(url, page.file())));
        }
        checks.values().forEach(c -> problems.addAll(c.links().problems()));
        this.checks = checks;
        checkedAnchors = anchors;
        checkedTags = tags;
        checkedPages = dossier.pages();
    }

    /** The URL keys whose page appeared, vanished or has other anchors since the last check. */
    private Set<String> moved(Map<String, Set<String>> anchors, Set<String> tags) {
        var moved = new HashSet<String>();
        anchors.forEach((url, ids) -> {
            if (!ids.equals(checkedAnchors.get(url))) {
                moved.add(url);
            }
        });
        checkedAnchors.keySet().stream().filter(url -> !anchors.containsKey(url)).forEach(moved::add);
        tags.stream().filter(tag -> !checkedTags.contains(tag)).forEach(moved::add);
        checkedTags.stream().filter(tag -> !tags.contains(tag)).forEach(moved::add);
        return moved;
    }

    /** The links of one article or page as last checked, with the record they were checked on. */
    private record Checked(Object source, LinkCheck.Checked links) {
    }
}
