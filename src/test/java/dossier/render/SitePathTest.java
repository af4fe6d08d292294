package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SitePathTest {

    private static final SitePath ARTICLE = new SitePath("articles/accord/");

    @Test
    void linksBetweenPagesAreRelative() {
        assertEquals("../../tags/russie/", new SitePath("tags/russie/").linkFrom(ARTICLE, false));
        assertEquals("../autre/", new SitePath("articles/autre/").linkFrom(ARTICLE, false));
        assertEquals("articles/accord/", ARTICLE.linkFrom(SitePath.ROOT, false));
    }

    @Test
    void linkToTheFrontPageIsNeverEmpty() {
        assertEquals("./", SitePath.ROOT.linkFrom(SitePath.ROOT, false));
        assertEquals("../../", SitePath.ROOT.linkFrom(ARTICLE, false));
    }

    @Test
    void diskLinksNameIndexHtml() {
        assertEquals("../../index.html", SitePath.ROOT.linkFrom(ARTICLE, true));
        assertEquals("../../assets/style.css", new SitePath("assets/style.css").linkFrom(ARTICLE, true));
    }

    @Test
    void pathsCannotClimbOutOfTheSite() {
        assertThrows(IllegalArgumentException.class, () -> new SitePath("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> new SitePath("/etc/passwd"));
    }
}
