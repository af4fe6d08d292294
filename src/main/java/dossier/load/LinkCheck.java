package dossier.load;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Problem;
import dossier.model.Slug;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks every Markdown link between pages of the dossier: a relative link is resolved against
 * the URL of the page it is on, and must reach an article, a tag, a page or a section of the
 * site that exists, and an anchor ({@code #…}) that the target page has.
 */
final class LinkCheck {

    /** Sections every site has, which need no content to exist. */
    private static final Set<String> SECTIONS = Set.of("chronologie", "recherche", "tags", "page", "assets");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final URI ROOT = URI.create("https://dossier.invalid/");

    private Dossier dossier;
    /** Each page's links and anchors by its URL, aliases included; anchors are read only for a link with a fragment. */
    private final Map<String, MarkdownLinks> anchors = new HashMap<>();
    private final Map<String, MarkdownLinks> bodies = new HashMap<>();

    private LinkCheck(Dossier dossier, Function<Article, MarkdownLinks> linksOf) {
        this.dossier = dossier;
        // parsing the bodies is most of the check's time: in parallel, then filed in order
        var parsed = dossier.articles().parallelStream().map(linksOf).toList();
        for (int i = 0; i < parsed.size(); i++) {
            var article = dossier.articles().get(i);
            var links = parsed.get(i);
            bodies.put("articles/" + article.slug() + "/", links);
            anchors.put("articles/" + article.slug() + "/", links);
            article.aliases().forEach(alias -> anchors.put("articles/" + alias + "/", links));
        }
        for (var page : dossier.pages()) {
            var links = MarkdownLinks.of(page.markdown(), page.bodyLine());
            bodies.put(page.slug() + "/", links);
            anchors.put(page.slug() + "/", links);
        }
    }

    /** Adds a problem for every broken link of every article and page of {@code dossier}. */
    static void check(Dossier dossier, List<Problem> problems) {
        var check = new LinkCheck(dossier, LinkCheck::parse);
        for (var article : dossier.articles()) {
            check.page("articles/" + article.slug() + "/", article.file(), problems);
        }
        for (var page : dossier.pages()) {
            check.page(page.slug() + "/", page.file(), problems);
        }
    }

    /** The check of {@code dossier}'s links, each article's taken from {@code linksOf}, for checking pages one by one. */
    static LinkCheck of(Dossier dossier, Function<Article, MarkdownLinks> linksOf) {
        return new LinkCheck(dossier, linksOf);
    }

    /**
     * This check made for {@code dossier}, in which {@code edited} are new records of articles of
     * the dossier checked so far, each with the slug and aliases of the record it replaces: only
     * their links and anchors are taken again, from {@code linksOf}. Updated in place.
     */
    LinkCheck edited(Dossier dossier, List<Article> edited, Function<Article, MarkdownLinks> linksOf) {
        this.dossier = dossier;
        for (var article : edited) {
            var links = linksOf.apply(article);
            bodies.put("articles/" + article.slug() + "/", links);
            anchors.put("articles/" + article.slug() + "/", links);
            article.aliases().forEach(alias -> anchors.put("articles/" + alias + "/", links));
        }
        return this;
    }

    /** One page's links as checked: the problems found, and the pages they point at ("articles/x/", "tags/y/", "about/"). */
    record Checked(List<Problem> problems, Set<String> targets) {
    }

    /** Checks the links of the page at {@code url} (an article's or a page's), written in {@code file}. */
    Checked checked(String url, Path file) {
        var problems = new ArrayList<Problem>();
        var targets = new java.util.HashSet<String>();
        page(url, file, problems, targets);
        return new Checked(List.copyOf(problems), Set.copyOf(targets));
    }

    /** The anchors of the page at {@code url}, null when there is none. */
    Set<String> anchors(String url) {
        var links = anchors.get(url);
        return links == null ? null : links.anchors();
    }

    /** The URLs of the pages and articles (aliases too) whose anchors are known. */
    Set<String> urls() {
        return anchors.keySet();
    }

    static MarkdownLinks parse(Article article) {
        return MarkdownLinks.of(article.markdown(), article.bodyLine());
    }

    private void page(String url, Path file, List<Problem> problems) {
        page(url, file, problems, null);
    }

    /** Checks one page's links; adds to {@code targets}, unless null, the page each link points at. */
    private void page(String url, Path file, List<Problem> problems, Set<String> targets) {
        for (var link : bodies.get(url).links()) {
            var written = link.url().strip();
            if (written.isEmpty() || SCHEME.matcher(written).find() || written.startsWith("//")) {
                continue;
            }
            URI resolved;
            try {
                resolved = ROOT.resolve(url).resolve(written);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(file, link.line(), "link \"" + written + "\" is not a valid URL",
                        "write spaces as %20, or put the URL in <…>"));
                continue;
            }
            var path = resolved.getPath() == null ? "" : resolved.getPath().replaceFirst("^/", "").replaceFirst("index\\.html$", "");
            if (targets != null) {
                targets.add(target(path));
            }
            var problem = problem(path, resolved.getFragment());
            if (problem != null) {
                problems.add(Problem.error(file, link.line(), "link \"" + written + "\" " + problem[0], problem[1]));
            }
        }
    }

    /** The page a link path points at, as a URL key: the article or tag it is under, else the path. */
    private static String target(String path) {
        var segments = path.split("/", -1);
        return segments.length >= 2 && (segments[0].equals("articles") || segments[0].equals("tags"))
                ? segments[0] + "/" + segments[1] + "/" : path;
    }

    /** What is wrong with a link to {@code path#fragment}, as {message, hint}, or null when it is fine. */
    private String[] problem(String path, String fragment) {
        var segments = path.split("/", -1);
        if (segments.length >= 2 && segments[0].equals("articles") && !segments[1].isEmpty()) {
            if (!anchors.containsKey("articles/" + segments[1] + "/")) {
                // the slugs only for the hint: listing them for every link made the check quadratic
                var slugs = new ArrayList<String>();
                anchors.keySet().stream().filter(k -> k.startsWith("articles/")).forEach(k -> slugs.add(k.split("/")[1]));
                return new String[] {"points to no article (\"" + segments[1] + "\")", hint(segments[1], slugs, "an article's slug")};
            }
        } else if (segments.length >= 2 && segments[0].equals("tags") && !segments[1].isEmpty()) {
            var tags = dossier.tags().stream().map(t -> t.slug().value()).toList();
            if (!Slug.isValid(segments[1]) || dossier.tag(new Slug(segments[1])).isEmpty()) {
                return new String[] {"points to no tag (\"" + segments[1] + "\")", hint(segments[1], tags, "a tag used by an article")};
            }
            return null;
        } else if (segments.length == 2 && segments[1].isEmpty() && !SECTIONS.contains(segments[0])
                && !anchors.containsKey(path)) {
            return new String[] {"points to no page (\"" + segments[0] + "/\")", "link to an article as ../slug/"};
        }
        var target = anchors.get(segments.length >= 2 && segments[0].equals("articles")
                ? "articles/" + segments[1] + "/" : path);
        if (fragment != null && !fragment.isEmpty() && target != null && !target.anchors().contains(fragment)) {
            return new String[] {"points to no anchor \"#" + fragment + "\"", hint(fragment, target.anchors(), "a heading's id")};
        }
        return null;
    }

    private static String hint(String word, java.util.Collection<String> known, String what) {
        return Suggestion.closest(word, known).map(s -> "did you mean \"" + s + "\"?").orElse("link to " + what);
    }
}
