package dossier.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The site's settings, built once from {@code dossier.yaml} and the command line's flags.
 *
 * <p>{@code baseUrl} always ends with a slash; it is used only for absolute URLs (canonical,
 * Open Graph, feeds, sitemap): links between pages stay relative.
 */
public record Settings(
        String title,
        String subtitle,
        String description,
        String language,
        URI baseUrl,
        String publisher,
        ZoneId timeZone,
        List<Tag> vocabulary,
        int pageSize,
        boolean drafts,
        boolean forDisk) {

    public Settings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeZone, "timeZone");
        subtitle = subtitle == null ? "" : subtitle;
        description = description == null ? "" : description;
        language = language == null || language.isBlank() ? "fr" : language;
        publisher = publisher == null ? "" : publisher;
        vocabulary = List.copyOf(vocabulary);
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more: " + pageSize);
        }
    }

    /** The same settings with another base URL, as {@code --base-url} asks. */
    public Settings withBaseUrl(URI url) {
        return new Settings(title, subtitle, description, language, url, publisher, timeZone,
                vocabulary, pageSize, drafts, forDisk);
    }

    /** The same settings with the build flags applied. */
    public Settings withFlags(boolean includeDrafts, boolean linksForDisk) {
        return new Settings(title, subtitle, description, language, baseUrl, publisher, timeZone,
                vocabulary, pageSize, includeDrafts, linksForDisk);
    }
}
