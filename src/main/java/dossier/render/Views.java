package dossier.render;

import java.util.List;

/**
 * The view records templates receive. Each record's components are exactly what its template
 * reads, so the records document the templates; Pebble reads {@code page.title} through the
 * accessor {@code title()}.
 */
public final class Views {

    private Views() {
    }

    /** A link as a template shows it. */
    public record Link(String url, String label) {
    }

    /**
     * What every page's {@code <head>} says about the page (read by {@code meta.peb}): title and
     * description, the absolute canonical URL, the Open Graph and Twitter preview (type, headline,
     * image, article dates and tags), the Atom feeds to announce, and the JSON-LD we wrote.
     */
    public record Head(String title, String description, String canonical, String type, String headline,
            Image image, String siteName, String locale, String published, String modified, List<String> tags,
            List<Link> feeds, String jsonLd, String script) {

        public Head {
            tags = List.copyOf(tags);
            feeds = List.copyOf(feeds);
        }

        /** The Content-Security-Policy of the page: its JSON-LD and its own script allowed by hash, nothing else. */
        public String policy() {
            return ContentPolicy.of(jsonLd, script);
        }

        /** The same head for a page that loads its own script, whose bytes have this integrity. */
        public Head withScript(String integrity) {
            return new Head(title, description, canonical, type, headline, image, siteName, locale, published,
                    modified, tags, feeds, jsonLd, integrity);
        }

        /** The same head describing an article: its dates and tags. */
        public Head withArticle(String publishedIso, String modifiedIso, List<String> tagLabels) {
            return new Head(title, description, canonical, type, headline, image, siteName, locale, publishedIso,
                    modifiedIso, tagLabels, feeds, jsonLd, script);
        }

        public Head withImage(Image other) {
            return new Head(title, description, canonical, type, headline, other, siteName, locale, published,
                    modified, tags, feeds, jsonLd, script);
        }

        /** The same head announcing one more feed (a tag's, beside the dossier's). */
        public Head withFeed(Link feed) {
            var all = new java.util.ArrayList<>(feeds);
            all.add(feed);
            return new Head(title, description, canonical, type, headline, image, siteName, locale, published,
                    modified, tags, all, jsonLd, script);
        }

        public Head withJsonLd(String json) {
            return new Head(title, description, canonical, type, headline, image, siteName, locale, published,
                    modified, tags, feeds, json, script);
        }
    }

    /** A preview image as Open Graph announces it: absolute URL, size in pixels, text alternative. */
    public record Image(String url, int width, int height, String alt) {
    }

    /** The site around every page: names and the navigation's links, relative to the page. */
    public record Site(String title, String subtitle, String description, String language, String publisher,
            String home, String tags, String chronology, String search, String css, String icon, List<Link> pages) {
    }

    /** An entry of an article's table of contents: a link to a heading; {@code level} 3 is a sub-section. */
    public record TocEntry(String url, String label, int level) {
    }

    /** An article in a list. */
    public record ArticleCard(String url, String title, String dateIso, String date, String source,
            String summary, List<Link> tags) {
    }

    /**
     * An event of the chronology, with links to the paragraphs that report it; {@code gap} is the
     * time since the event before it on the chronology page ("7 mois plus tard"), "" elsewhere.
     */
    public record EventItem(String anchor, String dateIso, String date, String title, String place,
            String description, List<Link> sources, String timelineUrl, boolean upcoming, String gap) {

        EventItem withGap(String newGap) {
            return new EventItem(anchor, dateIso, date, title, place, description, sources, timelineUrl, upcoming, newGap);
        }
    }

    /** A tag with the number of its articles. */
    public record TagCount(String url, String label, String description, int count) {
    }

    /** Links to the neighbouring pages of a paginated list; empty strings where there is none. */
    public record Pager(int current, int total, String previous, String next) {
        public boolean needed() {
            return total > 1;
        }
    }

    /** Years of the chronology, each with its events in order. */
    public record YearGroup(String year, List<EventItem> events) {
    }
}
