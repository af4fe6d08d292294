package dossier.clean;

/**
 * Where the cleaner read an article's publication date, most trusted first; the build warns on
 * every basis but {@link #BYLINE}, as the others are guesses an editor should confirm.
 */
public enum DateBasis {
    /** A day on a byline or dateline: "Publié le 7 octobre 2025". */
    BYLINE("stated on a byline"),
    /** A day the text places on the writer's own day: "ce mercredi 19 novembre 2025". */
    TODAY("the day the text calls today"),
    /** The latest day the text reports, leaving out days still to come. */
    LATEST("the latest day the text reports"),
    /** No day in the text: the editor states the date. */
    NONE("no day in the text");

    private final String description;

    DateBasis(String description) {
        this.description = description;
    }

    /** A few words for reports: "the latest day the text reports". */
    public String description() {
        return description;
    }
}
