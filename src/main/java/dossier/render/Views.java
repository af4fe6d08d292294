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

    /** What every page's {@code <head>} says about the page. */
    public record Head(String title, String description, String canonical, String type) {
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
