package dossier.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One internal reference of a built site that a reader would find broken.
 *
 * @param file      the page holding the reference (or, for {@link Reason#UNREACHABLE}, the page
 *                  nothing leads to), relative to the checked site folder
 * @param line      1-based line of the referring element, or 0 for an unreachable page
 * @param reference the URL as written in the page, e.g. {@code ../manquant/#suite}
 * @param reason    what is wrong with it
 */
public record BrokenLink(Path file, int line, String reference, Reason reason) {

    /** The ways an internal reference breaks; each says why it matters. */
    public enum Reason {
        MISSING_FILE("no such file in the site"),
        MISSING_ANCHOR("the target page has no element with this id"),
        ROOT_ABSOLUTE("starts with / so it breaks when the site is served under a sub-path; use a relative URL"),
        OUTSIDE_SITE("climbs out of the site folder"),
        FOLDER_WITHOUT_SLASH("names a folder without the final /, which breaks the relative links of the page it opens"),
        UNREACHABLE("no chain of links leads here from index.html");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    public BrokenLink {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code index.html:12: manquant/: no such file in the site}. */
    @Override
    public String toString() {
        var where = SiteFiles.slashed(file) + (line > 0 ? ":" + line : "");
        return where + ": " + (reference.isEmpty() ? "" : reference + ": ") + reason.explanation();
    }
}
