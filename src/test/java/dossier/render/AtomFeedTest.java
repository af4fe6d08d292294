package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** The Atom feeds read back by ROME, as a feed reader would, and held to RFC 4287's rules. */
class AtomFeedTest {

    @TempDir
    static Path temp;
    static LinksFixture fixture;

    @BeforeAll
    static void build() {
        fixture = LinksFixture.build(temp.resolve("site"));
    }

    @Test
    void dossierFeedIsAtomWithItsArticlesNewestFirst() throws Exception {
        var feed = read("feed.xml");
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(LinksFixture.BASE, feed.getId());
        assertEquals("Dossier des liens", feed.getTitleEx().getValue());
        assertEquals(List.of(LinksFixture.BASE + "articles/visite/", LinksFixture.BASE + "articles/accord-ratifie/"),
                feed.getEntries().stream().map(e -> ((Entry) e).getId()).toList());
        assertEquals(java.time.Instant.parse("2025-11-21T00:00:00Z"), feed.getUpdated().toInstant(),
                "the newest change, the visit's correction");
        assertEquals(LinksFixture.BASE + "feed.xml", link(feed.getOtherLinks(), "self"));
    }

    @Test
    void everyEntryHasIdTitleUpdatedAndALinkToAFileOfTheSite() throws Exception {
        for (var path : List.of("feed.xml", "tags/russie/feed.xml", "tags/securite/feed.xml")) {
            var feed = read(path);
            assertNotNull(feed.getId(), path);
            assertNotNull(feed.getUpdated(), path);
            assertFalse(feed.getAuthors().isEmpty(), path + ": a feed-level author covers entries without one");
            assertFalse(feed.getEntries().isEmpty(), path);
            for (var item : feed.getEntries()) {
                var entry = (Entry) item;
                assertTrue(entry.getId().startsWith("https://"), entry.getId());
                assertFalse(entry.getTitleEx().getValue().isBlank(), path);
                assertNotNull(entry.getUpdated(), path);
                var href = link(entry.getAlternateLinks(), "alternate");
                assertEquals(entry.getId(), href);
                assertTrue(Files.isRegularFile(fixture.fileOf(href)), path + ": " + href + " has no page");
            }
        }
    }

    @Test
    void entryCarriesSummaryAuthorAndCategories() throws Exception {
        var entry = (Entry) read("feed.xml").getEntries().get(1);
        assertEquals("La Douma ratifie l’accord signé au printemps.", entry.getSummary().getValue());
        assertEquals("A. Auteur", entry.getAuthors().get(0).getName());
        assertEquals(List.of("russie", "securite"), entry.getCategories().stream()
                .map(c -> ((com.rometools.rome.feed.atom.Category) c).getTerm()).toList());
    }

    @Test
    void tagFeedHoldsOnlyItsTagsArticlesAndIsLinkedFromTheTagPage() throws Exception {
        var feed = read("tags/securite/feed.xml");
        assertEquals(1, feed.getEntries().size());
        assertEquals(LinksFixture.BASE + "tags/securite/", feed.getId());
        var links = fixture.html("tags/securite/index.html").select("link[rel=alternate][type=application/atom+xml]");
        assertEquals(List.of("../../feed.xml", "feed.xml"), links.eachAttr("href"));
    }

    @Test
    void everyPageAnnouncesTheDossierFeed() throws IOException {
        for (var page : fixture.publicPages()) {
            var feeds = fixture.html(page).select("link[rel=alternate][type=application/atom+xml]");
            assertEquals(LinksFixture.BASE + "feed.xml", feeds.first().absUrl("href"), page);
        }
    }

    private static Feed read(String path) throws IOException, FeedException {
        try (var in = Files.newInputStream(fixture.site().resolve(path))) {
            var input = new WireFeedInput();
            input.setXmlHealerOn(false);
            return (Feed) input.build(new InputSource(in));
        }
    }

    private static String link(List<Link> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst().orElse(null);
    }
}
