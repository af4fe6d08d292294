package dossier.load;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The preview's link check, kept from one load to the next: each article's links as parsed, each
 * page's anchors and each page's links as last checked, so a load after an edit parses and checks
 * again only what the edit can reach.
 */
final class KeptLinkCheck {

    private Map<Article, MarkdownLinks> links = new IdentityHashMap<>();
    private Map<String, Checked> checks = new HashMap<>();
    private Map<String, Set<String>> checkedAnchors = Map.of();
    private Set<String> checkedTags = Set.of();
    private List<dossier.model.Page> checkedPages;
    private LinkCheck lastCheck;

    /**
     * Checks the links of {@code dossier} as {@link LinkCheck#check} does, parsing only the articles
     * not seen last time, and checking again only their links and those pointing at a page that
     * appeared, vanished or changed anchors (and broken ones, whose hint may change). The anchors of
     * every page are kept: only those of the articles new or gone since are read and compared.
     * {@code edit}, when not null, says the dossier is the last one with these records in their places.
     */
    void check(Dossier dossier, ArticleEdits edit, List<Problem> problems) {
        var read = edit != null && lastCheck != null ? readEdited(dossier, edit) : readNew(dossier);
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
    }

    /** The articles whose links were parsed for this check, those whose links are gone, and the check. */
    private record Read(List<Article> added, List<Article> gone, LinkCheck check) {
    }

    /** The check of a dossier that is the last one with the edited records in their places: only theirs change. */
    private Read readEdited(Dossier dossier, ArticleEdits edit) {
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
