package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.render.Views.TocEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void threeHeadingsMakeATableOfContentsWithThePagesIds() {
        var body = markdown.body("""
                Intro.

                ## Sécurité régionale

                Texte.

                ### Le rôle de "Moscou"

                ## Sécurité régionale

                ## P1
                """);

        assertEquals(List.of(new TocEntry("#securite-regionale", "Sécurité régionale", 2),
                new TocEntry("#le-role-de-moscou", "Le rôle de «\u00A0Moscou\u00A0»", 3),
                new TocEntry("#securite-regionale-2", "Sécurité régionale", 2),
                new TocEntry("#p1", "P1", 2)), ArticlePage.contents(body));
        for (var entry : ArticlePage.contents(body)) {
            assertTrue(body.html().contains(" id=\"" + entry.url().substring(1) + "\""), entry.url());
        }
    }

    @Test
    void twoHeadingsNeedNoTableOfContents() {
        var body = markdown.body("## Un\n\nTexte.\n\n## Deux\n\nTexte.\n");

        assertEquals(2, body.headings().size());
        assertEquals(List.of(), ArticlePage.contents(body));
    }

    @Test
    void bodyHtmlIsTheRenderedHtml() {
        var text = "Intro.\n\n## Titre\n\nSuite.\n";

        assertEquals(markdown.render(text), markdown.body(text).html());
    }
}
