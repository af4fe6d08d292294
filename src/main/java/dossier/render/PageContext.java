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

    public Head head(String title, String description, String type) {
        var full = title.equals(settings.title()) ? title : title + " · " + settings.title();
        var text = description.isBlank() ? settings.description() : description;
        return new Head(FrenchTypography.text(full), FrenchTypography.text(text), canonical(), type);
    }

    public Site site() {
        return new Site(FrenchTypography.text(settings.title()), FrenchTypography.text(settings.subtitle()),
                FrenchTypography.text(settings.description()), settings.language(), FrenchTypography.text(settings.publisher()),
                url(SitePath.ROOT), url(TAGS), url(CHRONOLOGY), url(SEARCH), url(STYLE), url(ICON), pages);
    }
}
