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

    /** Checks the links of {@code dossier} as {@link LinkCheck#check} does, parsing only articles not seen last time. */
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
        LinkCheck.check(dossier, problems, kept::get);
    }
}
