package dossier.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * {@code sitemap.xml}: every HTML page the build rendered, as an absolute URL with its last
 * change. It is made from the rendered files themselves (their paths and dates), so a new kind of
 * page is listed without a change here; redirects and 404.html are kept out by {@link OutputFile#unlisted()}.
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

    /** What the sitemap keeps of a page: its path and last change, not its bytes. */
    record Entry(SitePath path, LocalDate lastChange) {

        static Entry of(OutputFile file) {
            return new Entry(file.path(), file.lastChange());
        }
    }

    /** The sitemap of those of {@code files} it lists. */
    OutputFile render(List<OutputFile> files) {
        return renderListed(files.stream().filter(OutputFile::inSitemap).map(Entry::of).toList());
    }

    /**
     * The sitemap of the pages {@code entries} name (each one {@link OutputFile#inSitemap()}), in
     * any order: they are listed sorted by path. A build that streams its files notes only these.
     */
    OutputFile renderListed(Collection<Entry> entries) {
        var xml = new XmlWriter("urlset", NAMESPACE);
        entries.stream().sorted(java.util.Comparator.comparing(Entry::path))
                .forEach(entry -> {
                    var changed = entry.lastChange() != null ? entry.lastChange() : latestChange;
                    xml.start("url")
                            .element("loc", entry.path().absolute(baseUrl))
                            .element("lastmod", changed == null ? "" : changed.toString())
                            .end();
                });
        return OutputFile.text(PATH, xml.finish()).unlisted();
    }
}
