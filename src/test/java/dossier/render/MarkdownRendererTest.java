package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void headingsGetFoldedIdsAndParagraphsGetAnchors() {
        var html = markdown.render("Intro.\n\n## Sécurité régionale\n\nSuite.\n");
        assertEquals("""
                <p id="p1">Intro.</p>
                <h2 id="securite-regionale">Sécurité régionale <a class="ancre" href="#securite-regionale" aria-label="Lien vers cette section">#</a></h2>
                <p id="p2">Suite.</p>
                """, html);
    }

    @Test
    void repeatedHeadingsGetUniqueIdsEachLinkingToItself() {
        var html = markdown.render("## Sécurité régionale\n\n## Sécurité régionale\n\n### Détails de l'accord\n");
        assertEquals("""
                <h2 id="securite-regionale">Sécurité régionale <a class="ancre" href="#securite-regionale" aria-label="Lien vers cette section">#</a></h2>
                <h2 id="securite-regionale-2">Sécurité régionale <a class="ancre" href="#securite-regionale-2" aria-label="Lien vers cette section">#</a></h2>
                <h3 id="details-de-l-accord">Détails de l’accord <a class="ancre" href="#details-de-l-accord" aria-label="Lien vers cette section">#</a></h3>
                """, html);
    }

    @Test
    void headingNeverTakesAnIdTheTemplatesUse() {
        assertEquals("<h2 id=\"titre-evenements-2\">Titre événements <a class=\"ancre\" href=\"#titre-evenements-2\" "
                + "aria-label=\"Lien vers cette section\">#</a></h2>\n", markdown.render("## Titre événements"));
    }

    @Test
    void quotesBecomeGuillemets() {
        assertEquals("<p id=\"p1\">Il a dit «\u00A0oui\u00A0» à l’accord.</p>\n",
                markdown.render("Il a dit \"oui\" à l'accord."));
    }

    @Test
    void rawHtmlIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", markdown.render("<script>alert(1)</script>"));
    }
}
