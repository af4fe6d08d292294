package dossier.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code sitemap.xml}: every HTML page the build rendered, as an absolute URL with its last
 * change. It is made from the rendered files themselves, so a new kind of page is listed without
 * a change here; redirects and 404.html are kept out by {@link OutputFile#unlisted()}.
 */
final class Sitemap {

    static final SitePath PATH = new SitePath("sitemap.xml");
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final URI baseUrl;
    private final LocalDate latestChange;

    /** {@code latestChange} stands for pages with no date of their own: the dossier's newest change. */
    Sitemap(URI baseUrl, LocalDate latestChange) {
        this.baseUrl = baseUrl;
        this.latestChange = latestChange;
    }

    OutputFile render(List<OutputFile> files) {
        var xml = new XmlWriter("urlset", NAMESPACE);
        files.stream().filter(OutputFile::inSitemap).sorted(java.util.Comparator.comparing(OutputFile::path))
                .forEach(file -> {
                    var changed = file.lastChange() != null ? file.lastChange() : latestChange;
                    xml.start("url")
                            .element("loc", file.path().absolute(baseUrl))
                            .element("lastmod", changed == null ? "" : changed.toString())
                            .end();
                });
        return OutputFile.text(PATH, xml.finish()).unlisted();
    }
}
