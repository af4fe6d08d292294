package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlValidatorTest {

    @Test
    void cleanSiteHasNoMessageAtAll() {
        assertEquals(List.of(), HtmlValidator.validate(SiteFixtures.site("clean")));
    }

    @Test
    void reportsStrayEndTagAsErrorAndHeadlessSectionAsWarningWithTheirLines() {
        var messages = HtmlValidator.validate(SiteFixtures.site("invalid-html"));

        assertEquals(List.of(
                "index.html:10:51: error: Stray end tag “span”.",
                "index.html:11:9: warning: Section lacks heading. Consider using “h2”-“h6” elements to add"
                        + " identifying headings to all sections, or else use a “div” element instead for any"
                        + " cases where no heading is needed."),
                messages.stream().map(HtmlMessage::toString).toList());
    }

    @Test
    void pageWithoutCharsetDeclarationIsAnErrorAsOnAHostSendingNoCharset(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="fr"><head><title>Sans charset</title></head>
                <body><main><h1>Été</h1></main></body></html>
                """);

        var messages = HtmlValidator.validate(site);

        assertEquals(List.of("index.html:0:0: error: The character encoding was not declared."
                + " Proceeding using “windows-1252”."), messages.stream().map(HtmlMessage::toString).toList());
    }

    @Test
    void messagesNameThePageInsideTheSiteFolder(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("articles/x"));
        Files.writeString(site.resolve("articles/x/index.html"), """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"><title>X</title></head>
                <body><main><h1>X</h1><p id="a">un</p><p id="b">deux</p><p>trois</b></main></body></html>
                """);

        var files = HtmlValidator.validate(site).stream().map(message -> SiteFiles.slashed(message.file())).distinct().toList();

        assertEquals(List.of("articles/x/index.html"), files);
    }

    @Test
    void missingSiteFolderIsABuildMistakeNotAnEmptyReport(@TempDir Path parent) {
        assertThrows(IllegalArgumentException.class, () -> HtmlValidator.validate(parent.resolve("site")));
    }
}
