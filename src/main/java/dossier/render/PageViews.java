package dossier.render;

import dossier.render.Views.ArticleCard;
import dossier.render.Views.EventItem;
import dossier.render.Views.Head;
import dossier.render.Views.Link;
import dossier.render.Views.Pager;
import dossier.render.Views.TagCount;
import dossier.render.Views.YearGroup;
import java.util.List;

/** The view record of each template, named after it. */
public final class PageViews {

    private PageViews() {
    }

    /** {@code index.peb}: the front page and its following pages. */
    public record IndexView(Head head, String intro, List<Views.Link> figures, List<ArticleCard> articles,
            List<EventItem> chronologyTeaser, List<TagCount> tags, Pager pager) {
    }

    /**
     * {@code article.peb}: one article. {@code archiveUrl} is the archived copy of {@code sourceUrl}
     * nearest the day it was {@code collected} (a French date); both empty when the original is unknown.
     * {@code contents} is its table of contents, empty under three headings; {@code alsoPublishedBy}
     * links to the other outlets that republished the same story; on such a copy's own page,
     * {@code original} is the article listed in its place (else {@code null}).
     */
    public record ArticleView(Head head, String title, String summary, String dateIso, String date,
            String source, String sourceUrl, String archiveUrl, String collected, String author, int readingMinutes,
            List<Link> tags, String body, List<Views.TocEntry> contents, List<EventItem> events,
            List<ArticleCard> related, Link previous, Link next, List<Link> alsoPublishedBy, Link original) {
    }

    /** {@code tags.peb}: every tag with its count. */
    public record TagsView(Head head, List<TagCount> tags) {
    }

    /** {@code tag.peb}: one tag's articles and events. */
    public record TagView(Head head, String label, String description, List<ArticleCard> articles,
            List<EventItem> events, Pager pager) {
    }

    /** {@code chronology.peb}: the timeline, grouped by year, and its exports. */
    public record ChronologyView(Head head, List<YearGroup> years, String calendar, String json) {
    }

    /** {@code page.peb}: a standalone page of content/pages. */
    public record StandaloneView(Head head, String title, String body) {
    }

    /** {@code search.peb}: the search form; {@code index} is the manifest's URL, {@code script} the search script's. */
    public record SearchView(Head head, String index, String script) {
    }

    /** {@code redirect.peb}: a former address of an article, sending readers and robots on to its page. */
    public record RedirectView(String language, String title, String target, String canonical) {
    }

    /** {@code 404.peb}: the page shown for a missing URL. */
    public record NotFoundView(Head head, List<ArticleCard> latest) {
    }
}
