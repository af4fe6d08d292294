package dossier.model;

/**
 * Where an article was first published: the outlet's name and, where known, the original URL.
 * Empty strings stand for what is unknown.
 */
public record Source(String name, String url) {

    public static final Source UNKNOWN = new Source("", "");

    public Source {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
    }

    public boolean isKnown() {
        return !name.isEmpty() || !url.isEmpty();
    }
}
