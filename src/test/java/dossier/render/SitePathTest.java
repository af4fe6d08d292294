package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
    void linksFromFilesAndBetweenLookAlikeFoldersClimbOnlyPastWhatIsShared() {
        var feed = new SitePath("tags/russie/feed.xml");
        assertEquals("../../articles/accord/", ARTICLE.linkFrom(feed, false));
        assertEquals("./", new SitePath("tags/russie/").linkFrom(feed, false));
        assertEquals("../russe/", new SitePath("tags/russe/").linkFrom(new SitePath("tags/russie/"), false));
        assertEquals("../../accord-2/", new SitePath("articles/accord-2/").linkFrom(new SitePath("articles/accord/a/"), false));
        assertEquals("feed.xml", feed.linkFrom(new SitePath("tags/russie/"), true));
        assertEquals("../index.html", new SitePath("tags/").linkFrom(new SitePath("tags/russie/"), true));
    }

    @Test
    void everyLinkIsTheFolderWalkFromOnePathToTheOther() {
        var parts = List.of("a", "b", "ab", "a.xml", "b.json");
        var random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            var from = path(random, parts);
            var to = path(random, parts);
            boolean forDisk = random.nextBoolean();
            assertEquals(walked(to, from, forDisk), to.linkFrom(from, forDisk), to + " from " + from);
        }
    }

    private static SitePath path(Random random, List<String> parts) {
        var value = new StringBuilder();
        for (int depth = random.nextInt(4); depth > 0; depth--) {
            value.append(parts.get(random.nextInt(3))).append('/');
        }
        if (random.nextBoolean()) {
            value.append(parts.get(random.nextInt(parts.size())));
        }
        return new SitePath(value.toString());
    }

    /** The link spelled out part by part: up out of the folders not shared, then down the rest. */
    private static String walked(SitePath to, SitePath from, boolean forDisk) {
        var fromFile = from.file();
        var folder = fromFile.substring(0, fromFile.lastIndexOf('/') + 1);
        var target = forDisk ? to.file() : to.value();
        var folderParts = folder.isEmpty() ? new String[0] : folder.split("/");
        var targetParts = target.split("/", -1);
        int common = 0;
        while (common < folderParts.length && common < targetParts.length - 1
                && folderParts[common].equals(targetParts[common])) {
            common++;
        }
        var link = "../".repeat(folderParts.length - common)
                + String.join("/", Arrays.asList(targetParts).subList(common, targetParts.length));
        return link.isEmpty() ? "./" : link;
    }

    @Test
    void pathsCannotClimbOutOfTheSite() {
        assertThrows(IllegalArgumentException.class, () -> new SitePath("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> new SitePath("/etc/passwd"));
    }
}
