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

    /**
     * The relative URL from the page at {@code from} to this path: one {@code ../} for each folder of
     * {@code from} past the folders both share, then the rest of this path. Walked in place, with no
     * split into parts, as a large site's pages make millions of links.
     */
    public String linkFrom(SitePath from, boolean forDisk) {
        var base = from.value;
        // the folder the page's file sits in: a page is its own folder, a file sits in its parent's
        int baseEnd = from.isPage() ? base.length() : base.lastIndexOf('/') + 1;
        int b = 0;
        int t = 0;
        while (b < baseEnd) {
            int baseSlash = base.indexOf('/', b);
            int targetSlash = value.indexOf('/', t);
            if (targetSlash < 0 || baseSlash - b != targetSlash - t || !base.regionMatches(b, value, t, baseSlash - b)) {
                break;
            }
            b = baseSlash + 1;
            t = targetSlash + 1;
        }
        var link = new StringBuilder(value.length() - t + 16);
        for (int i = b; i < baseEnd; i++) {
            if (base.charAt(i) == '/') {
                link.append("../");
            }
        }
        link.append(value, t, value.length());
        if (forDisk && isPage()) {
            link.append("index.html");
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
