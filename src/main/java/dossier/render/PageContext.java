package dossier.render;

import dossier.model.Settings;
import dossier.model.Slug;
import dossier.render.Views.Head;
import dossier.render.Views.Link;
import dossier.render.Views.Site;
import java.util.List;

/**
 * Everything a page needs to know about where it stands: its own path, relative links to the
 * rest of the site, its canonical URL and the site record for the template.
 */
public final class PageContext {

    static final SitePath ARTICLES = new SitePath("articles/");
    static final SitePath TAGS = new SitePath("tags/");
    static final SitePath CHRONOLOGY = new SitePath("chronologie/");
    static final SitePath SEARCH = new SitePath("recherche/");
    static final SitePath STYLE = new SitePath("assets/style.css");
    static final SitePath ICON = new SitePath("assets/favicon.svg");

    private final Settings settings;
    private final SitePath path;
    private final List<Link> pages;
    private final String rootPath;

    /**
     * {@code rootPath}, when not null, makes links root-absolute from that path (the base URL's
     * path): for pages served at unknown URLs, as 404.html is.
     */
    PageContext(Settings settings, SitePath path, List<SitePage> pages, String rootPath) {
        this.settings = settings;
        this.path = path;
        this.rootPath = rootPath;
        this.pages = pages.stream().map(p -> new Link(url(p.path()), p.title())).toList();
    }

    /** A page of content/pages, as the navigation lists it. */
    record SitePage(SitePath path, String title) {
    }

    public SitePath path() {
        return path;
    }

    /** The relative URL from this page to {@code target}. */
    public String url(SitePath target) {
        if (rootPath != null) {
            return rootPath + target.value();
        }
        return target.linkFrom(path, settings.forDisk());
    }

    public String article(Slug slug) {
        return url(ARTICLES.page(slug));
    }

    public String tag(Slug slug) {
        return url(TAGS.page(slug));
    }

    /** The page's absolute URL under the base URL, for canonical links and previews. */
    public String canonical() {
        return settings.baseUrl().resolve(path.value()).toString();
    }

    /** The head of a plain page, described in JSON-LD as a {@code WebPage}. */
    public Head head(String title, String description, String type) {
        return described(bare(title, description, type), "WebPage");
    }

    /** The head of a list of articles (front page, tags), described as a {@code CollectionPage}. */
    public Head collectionHead(String title, String description) {
        return described(bare(title, description, "website"), "CollectionPage");
    }

    /** The head without JSON-LD, for pages that write their own ({@link ArticlePages}). */
    Head bare(String title, String description, String type) {
        var full = title.equals(settings.title()) ? title : title + " · " + settings.title();
        var text = description.isBlank() ? settings.description() : description;
        var feed = new Link(url(AtomFeed.SITE), "Fil Atom : " + settings.title());
        return new Head(FrenchTypography.text(full), FrenchTypography.text(text), canonical(), type,
                FrenchTypography.text(title), PreviewImage.of(settings, PreviewImage.SITE, settings.title()),
                FrenchTypography.text(settings.title()), locale(), "", "", List.of(),
                List.of(new Link(feed.url(), FrenchTypography.text(feed.label()))), "", "");
    }

    private Head described(Head head, String type) {
        return head.withJsonLd(new JsonLd(settings).page(type, head.headline(), head.description(), head.canonical(),
                head.image().url(), breadcrumbs(head.headline())));
    }

    /** The trail from the front page to this page: Accueil, Thèmes for a tag, then the page itself. */
    List<JsonLd.Crumb> breadcrumbs(String name) {
        var base = settings.baseUrl();
        var crumbs = new java.util.ArrayList<JsonLd.Crumb>();
        crumbs.add(new JsonLd.Crumb("Accueil", SitePath.ROOT.absolute(base)));
        if (path.value().startsWith(TAGS.value()) && !path.equals(TAGS)) {
            crumbs.add(new JsonLd.Crumb("Thèmes", TAGS.absolute(base)));
        }
        if (!path.equals(SitePath.ROOT)) {
            crumbs.add(new JsonLd.Crumb(name, canonical()));
        }
        return crumbs;
    }

    /** Open Graph's form of the language: {@code fr} → {@code fr_FR}, {@code fr-BE} → {@code fr_BE}. */
    private String locale() {
        var language = settings.language();
        if (language.contains("-")) {
            return language.replace('-', '_');
        }
        return language.equals("fr") ? "fr_FR" : language;
    }

    public Site site() {
        return new Site(FrenchTypography.text(settings.title()), FrenchTypography.text(settings.subtitle()),
                FrenchTypography.text(settings.description()), settings.language(), FrenchTypography.text(settings.publisher()),
                url(SitePath.ROOT), url(TAGS), url(CHRONOLOGY), url(SEARCH), url(STYLE), url(ICON), pages);
    }
}
