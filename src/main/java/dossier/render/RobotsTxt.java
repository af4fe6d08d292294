package dossier.render;

import java.net.URI;

/**
 * {@code robots.txt}: everything may be crawled, and the sitemap is named by its absolute URL,
 * as the robots exclusion standard asks.
 */
final class RobotsTxt {

    static final SitePath PATH = new SitePath("robots.txt");

    private RobotsTxt() {
    }

    static OutputFile render(URI baseUrl) {
        return OutputFile.text(PATH, "User-agent: *\nAllow: /\n\nSitemap: " + Sitemap.PATH.absolute(baseUrl) + "\n")
                .unlisted();
    }
}
