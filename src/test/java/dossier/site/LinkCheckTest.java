package dossier.site;

import static dossier.site.BrokenLink.Reason.FOLDER_WITHOUT_SLASH;
import static dossier.site.BrokenLink.Reason.MISSING_ANCHOR;
import static dossier.site.BrokenLink.Reason.MISSING_FILE;
import static dossier.site.BrokenLink.Reason.OUTSIDE_SITE;
import static dossier.site.BrokenLink.Reason.ROOT_ABSOLUTE;
import static dossier.site.BrokenLink.Reason.UNREACHABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {

    @TempDir
    Path site;

    @Test
    void cleanSiteHasNoBrokenLink() {
        assertEquals(List.of(), LinkCheck.check(SiteFixtures.site("clean")));
    }

    @Test
    void findsTheMissingAnchorAndTheMissingPageOfTheFixture() {
        assertEquals(List.of(
                new BrokenLink(Path.of("index.html"), 11, "page/#absent", MISSING_ANCHOR),
                new BrokenLink(Path.of("index.html"), 12, "manquant/", MISSING_FILE)),
                LinkCheck.check(SiteFixtures.site("broken-links")));
    }

    @Test
    void rootAbsoluteUrlIsBrokenEvenWhenTheFileExists() throws IOException {
        page("index.html", "<link rel=stylesheet href=\"/style.css\">");
        Files.writeString(site.resolve("style.css"), "");

        assertEquals(List.of(new BrokenLink(Path.of("index.html"), 1, "/style.css", ROOT_ABSOLUTE)),
                LinkCheck.check(site));
    }

    @Test
    void pageThatNothingLinksToIsUnreachable() throws IOException {
        page("index.html", "<a href=\"a/\">a</a>");
        page("a/index.html", "<a href=\"../\">retour</a>");
        page("orphelin/index.html", "<a href=\"../\">retour</a>");

        assertEquals(List.of(new BrokenLink(Path.of("orphelin/index.html"), 0, "", UNREACHABLE)),
                LinkCheck.check(site));
    }

    @Test
    void notFoundPageAndRedirectPagesNeedNoLinkToThem() throws IOException {
        page("index.html", "<a href=\"a/\">a</a>");
        page("a/index.html", "");
        page("404.html", "<a href=\"index.html\">accueil</a>");
        page("ancien/index.html", "<meta http-equiv=\"Refresh\" content=\"0; URL='../a/'\">");

        assertEquals(List.of(), LinkCheck.check(site));
    }

    @Test
    void notFoundPageMayUseRootAbsoluteLinksWhichAreFollowedUnderTheBasePath() throws IOException {
        page("index.html", "<a href=\"a/\">a</a>");
        page("a/index.html", "");
        page("404.html", """
                <link rel="stylesheet" href="/dossier/style.css">
                <a href="/dossier/">accueil</a> <a href="/dossier/a/">a</a> <a href="/dossier/manquant/">?</a>
                <a href="/ailleurs/">ailleurs</a>""");
        Files.writeString(site.resolve("style.css"), "");

        assertEquals(List.of(), LinkCheck.check(site), "without the base path they are not checked");
        assertEquals(List.of(
                new BrokenLink(Path.of("404.html"), 2, "/dossier/manquant/", MISSING_FILE),
                new BrokenLink(Path.of("404.html"), 3, "/ailleurs/", OUTSIDE_SITE)),
                LinkCheck.check(site, "/dossier/"));
    }

    @Test
    void redirectToAMissingPageIsBroken() throws IOException {
        page("index.html", "");
        page("ancien/index.html", "<meta http-equiv=\"refresh\" content=\"0;url=../nouveau/\">");

        assertEquals(List.of(new BrokenLink(Path.of("ancien/index.html"), 1, "../nouveau/", MISSING_FILE)),
                LinkCheck.check(site));
    }

    @Test
    void folderNamedWithoutFinalSlashIsBroken() throws IOException {
        page("index.html", "<a href=\"a\">a</a> <a href=\"a/\">a</a>");
        page("a/index.html", "");

        assertEquals(List.of(new BrokenLink(Path.of("index.html"), 1, "a", FOLDER_WITHOUT_SLASH)),
                LinkCheck.check(site));
    }

    @Test
    void urlClimbingAboveTheSiteFolderIsBroken() throws IOException {
        page("index.html", "<a href=\"../ailleurs/\">ailleurs</a>");

        assertEquals(List.of(new BrokenLink(Path.of("index.html"), 1, "../ailleurs/", OUTSIDE_SITE)),
                LinkCheck.check(site));
    }

    @Test
    void externalUrlsAreLeftToTheBrowserTest() throws IOException {
        page("index.html", """
                <a href="https://example.org/x">x</a> <a href="mailto:redaction@example.org">m</a>
                <a href="tel:+22890000000">t</a> <img src="data:image/gif;base64,R0lGOD" alt="">
                <script src="//cdn.example.com/x.js"></script>""");

        assertEquals(List.of(), LinkCheck.check(site));
    }

    @Test
    void everySrcsetCandidateIsChecked() throws IOException {
        page("index.html", "<img src=\"a.png\" srcset=\"a.png 1x, b.png 2x\" alt=\"\">");
        Files.writeString(site.resolve("a.png"), "");

        assertEquals(List.of(new BrokenLink(Path.of("index.html"), 1, "b.png", MISSING_FILE)),
                LinkCheck.check(site));
    }

    @Test
    void fragmentOfAnSvgFileMustBeAnIdOfIt() throws IOException {
        page("index.html", """
                <svg><use href="icons.svg#fleche"></use></svg>
                <svg><use href="icons.svg#absente"></use></svg>""");
        Files.writeString(site.resolve("icons.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><symbol id=\"fleche\"/></svg>");

        assertEquals(List.of(new BrokenLink(Path.of("index.html"), 2, "icons.svg#absente", MISSING_ANCHOR)),
                LinkCheck.check(site));
    }

    @Test
    void percentEncodedPathsQueriesAndTopAreFollowedAsBrowsersDo() throws IOException {
        page("index.html", """
                <a href="caf%C3%A9/">café</a> <a href="recherche/?q=togo#resultats">chercher</a>
                <a href="#top">haut</a> <a href="#">haut</a> <a href="">ici</a> <a href="#ici" id="ici">ici</a>""");
        page("café/index.html", "");
        page("recherche/index.html", "<div id=\"resultats\"></div>");

        assertEquals(List.of(), LinkCheck.check(site));
    }

    @Test
    void siteWithoutIndexPageSaysSo() throws IOException {
        page("a/index.html", "");

        assertEquals(List.of(new BrokenLink(Path.of("index.html"), 0, "", MISSING_FILE)), LinkCheck.check(site));
    }

    @Test
    void reportLineReadsLikeACompilerMessage() {
        assertEquals("articles/x/index.html:12: ../manquant/: no such file in the site",
                new BrokenLink(Path.of("articles/x/index.html"), 12, "../manquant/", MISSING_FILE).toString());
    }

    private void page(String path, String body) throws IOException {
        var file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, body);
    }
}
