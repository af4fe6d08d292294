package dossier.model;

import java.time.LocalDate;

/**
 * Where an article was first published: the outlet's name and, where known, the original URL
 * and the day it was collected (what an archived copy of the page is looked up by). Empty
 * strings stand for what is unknown; {@code collected} is null when not given.
 */
public record Source(String name, String url, LocalDate collected) {

    public static final Source UNKNOWN = new Source("", "", null);

    public Source {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
    }

    public Source(String name, String url) {
        this(name, url, null);
    }

    public boolean isKnown() {
        return !name.isEmpty() || !url.isEmpty();
    }

    /** The day the original was read: {@code collected} when given, else {@code published}. */
    public LocalDate collectedOr(LocalDate published) {
        return collected != null ? collected : published;
    }
}
