package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Atom feeds (RFC 4287): {@code feed.xml} for the whole dossier and {@code tags/<tag>/feed.xml}
 * for each tag, newest articles first. Every URL is absolute under the base URL, since feed
 * readers fetch a feed away from the site; an entry's id is its page's canonical URL, which
 * never changes because it comes from the slug.
 */
final class AtomFeed {

    static final SitePath SITE = new SitePath("feed.xml");
    /** Entries per feed: enough for a reader who checks weekly, small enough to fetch often. */
    static final int ENTRIES = 50;
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** RFC 3339 with seconds always written, which ISO_OFFSET_DATE_TIME drops when zero. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final Dossier dossier;

    AtomFeed(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The feed of tag {@code slug}, next to its page. */
    static SitePath of(Tag tag) {
        return PageContext.TAGS.page(tag.slug()).child("feed.xml");
    }

    List<OutputFile> render(LocalDate fallback) {
        var files = new ArrayList<OutputFile>();
        var settings = dossier.settings();
        files.add(feed(SITE, SitePath.ROOT, settings.title(), settings.description(), dossier.articles(), fallback));
        for (var tag : dossier.tags()) {
            files.add(feed(of(tag), PageContext.TAGS.page(tag.slug()), tag.label() + " · " + settings.title(),
                    tag.description(), dossier.articlesTagged(tag.slug()), fallback));
        }
        return files;
    }

    /** The feeds as a kind of output: after a change, only the feeds whose entries include a changed article or moved. */
    OutputKind kind(LocalDate fallback) {
        return new OutputKind() {
            @Override
            public List<OutputFile> render() {
                return AtomFeed.this.render(fallback);
            }

            @Override
            public Scoped render(ChangeScope scope) {
                return scoped(scope, fallback);
            }
        };
    }

    private OutputKind.Scoped scoped(ChangeScope scope, LocalDate fallback) {
        var before = scope.before();
        var settings = dossier.settings();
        var rendered = new ArrayList<OutputFile>();
        var paths = new ArrayList<SitePath>(List.of(SITE));
        if (stale(scope, before.articles(), dossier.articles()) || dossier.articles().isEmpty()) {
            rendered.add(feed(SITE, SitePath.ROOT, settings.title(), settings.description(), dossier.articles(), fallback));
        }
        for (var tag : dossier.tags()) {
            paths.add(of(tag));
            var articles = dossier.articlesTagged(tag.slug());
            if (before.tag(tag.slug()).isEmpty() || stale(scope, before.articlesTagged(tag.slug()), articles)) {
                rendered.add(feed(of(tag), PageContext.TAGS.page(tag.slug()), tag.label() + " · " + settings.title(),
                        tag.description(), articles, fallback));
            }
        }
        return new OutputKind.Scoped(rendered, paths);
    }

    /** Whether a feed's entries differ: other articles, or a changed one among them. */
    private static boolean stale(ChangeScope scope, List<Article> was, List<Article> is) {
        var old = was.subList(0, Math.min(ENTRIES, was.size()));
        var now = is.subList(0, Math.min(ENTRIES, is.size()));
        if (old.size() != now.size() || scope.anyChanged(now)) {
            return true;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!old.get(i).slug().equals(now.get(i).slug())) {
                return true;
            }
        }
        return false;
    }

    private OutputFile feed(SitePath path, SitePath page, String title, String subtitle, List<Article> articles,
            LocalDate fallback) {
        var base = dossier.settings().baseUrl();
        var entries = articles.subList(0, Math.min(ENTRIES, articles.size()));
        var updated = entries.stream().map(Article::lastChange).max(LocalDate::compareTo).orElse(fallback);
        var xml = new XmlWriter("feed", NAMESPACE).attribute("xml:lang", dossier.settings().language())
                .element("id", page.absolute(base))
                .element("title", FrenchTypography.text(title))
                .element("subtitle", FrenchTypography.text(subtitle))
                .element("updated", time(updated))
                .empty("link", "rel", "alternate", "type", "text/html", "href", page.absolute(base))
                .empty("link", "rel", "self", "type", "application/atom+xml", "href", path.absolute(base))
                .start("author").element("name", author()).end();
        entries.forEach(article -> entry(xml, article));
        return OutputFile.text(path, xml.finish()).unlisted();
    }

    private void entry(XmlWriter xml, Article article) {
        var url = PageContext.ARTICLES.page(article.slug()).absolute(dossier.settings().baseUrl());
        xml.start("entry")
                .element("id", url)
                .element("title", FrenchTypography.text(article.title()))
                .element("published", time(article.date()))
                .element("updated", time(article.lastChange()))
                .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                .element("summary", FrenchTypography.text(article.summary()));
        if (!article.author().isEmpty()) {
            xml.start("author").element("name", article.author()).end();
        }
        for (var slug : article.tags()) {
            var label = dossier.tag(slug).map(Tag::label).orElse(slug.value());
            xml.empty("category", "term", slug.value(), "label", label);
        }
        xml.end();
    }

    /** Who the feed is by when an entry names no author: the publisher, else the dossier itself. */
    private String author() {
        var settings = dossier.settings();
        return settings.publisher().isBlank() ? settings.title() : settings.publisher();
    }

    /** Midnight of the day in the dossier's time zone, which is when its dates begin. */
    private String time(LocalDate day) {
        return TIME.format(day.atStartOfDay(dossier.settings().timeZone()));
    }
}
