package dossier.render;

import dossier.model.Slug;

/**
 * A path inside the site, relative to its root: {@code ""} (the front page), {@code articles/x/}
 * (a page, served as {@code articles/x/index.html}) or {@code feed.xml} (a file).
 *
 * <p>Links between pages are always computed from two SitePaths ({@link #linkFrom}), never glued
 * with "/", so the site works under any sub-path and, with {@code forDisk}, straight from disk.
 */
public record SitePath(String value) implements Comparable<SitePath> {

    public SitePath {
        if (value == null || !safe(value) || value.contains("..")) {
            throw new IllegalArgumentException("not a site path: \"" + value + "\"");
        }
    }

    public static final SitePath ROOT = new SitePath("");

    /**
     * Whether {@code value} matches {@code ([a-z0-9][a-z0-9._-]*\/)*([a-z0-9][a-z0-9._-]*)?}: folders
     * and a file name each opening with a letter or digit. Checked by hand, as a regular expression
     * cost more than the rest of a preview update's bookkeeping for the 30,000 paths of a large site.
     */
    private static boolean safe(String value) {
        boolean opening = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (opening) {
                if (!alphanumeric) {
                    return false;
                }
                opening = false;
            } else if (c == '/') {
                opening = true;
            } else if (!alphanumeric && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A page folder under this one: {@code articles/} + slug → {@code articles/slug/}. */
    public SitePath page(Slug slug) {
        return new SitePath(value + slug.value() + "/");
    }

    /** A folder or file under this one, named by a fixed word of the site. */
    public SitePath child(String name) {
        return new SitePath(value + name);
    }

    public boolean isPage() {
        return value.isEmpty() || value.endsWith("/");
    }

    /** The file that holds this path on disk: pages are folders with an index.html. */
    public String file() {
        return isPage() ? value + "index.html" : value;
    }

    /** The folder this path's file sits in, "" at the root. */
    private String folder() {
        var file = file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /** The relative URL from the page at {@code from} to this path. */
    public String linkFrom(SitePath from, boolean forDisk) {
        var base = from.folder();
        var target = forDisk && isPage() ? file() : value;
        int common = 0;
        var baseParts = base.isEmpty() ? new String[0] : base.split("/");
        var targetParts = target.split("/", -1);
        while (common < baseParts.length && common < targetParts.length - 1
                && baseParts[common].equals(targetParts[common])) {
            common++;
        }
        var link = new StringBuilder();
        for (int i = common; i < baseParts.length; i++) {
            link.append("../");
        }
        for (int i = common; i < targetParts.length; i++) {
            link.append(targetParts[i]);
            if (i < targetParts.length - 1) {
                link.append('/');
            }
        }
        return link.isEmpty() ? "./" : link.toString();
    }

    /** The absolute URL of this path under {@code base} (the dossier's base URL, ending in "/"). */
    public String absolute(java.net.URI base) {
        return base.resolve(value).toString();
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    // Written out rather than left to the record's generated methods: maps keyed by SitePath are
    // probed hundreds of thousands of times per preview update, and these inline where those did not.
    @Override
    public boolean equals(Object other) {
        return other instanceof SitePath that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
