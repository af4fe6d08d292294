package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void headingsGetFoldedIdsAndParagraphsGetAnchors() {
        var html = markdown.render("Intro.\n\n## Sécurité régionale\n\nSuite.\n");
        assertEquals("""
                <p id="p-intro">Intro.</p>
                <h2 id="securite-regionale">Sécurité régionale <a class="ancre" href="#securite-regionale" aria-label="Lien vers cette section">#</a></h2>
                <p id="p-suite">Suite.</p>
                """, html);
    }

    @Test
    void tableOfContentsLabelsShowEllipsesAndDashesAsCharacters() {
        var body = markdown.body("## Enfin... la paix -- vraiment\n\n## Avant --- après & ensuite\n\n### *Trois* : 2 < 3\n");
        assertEquals(List.of("Enfin… la paix – vraiment", "Avant — après & ensuite", "Trois\u00A0: 2 < 3"),
                body.headings().stream().map(MarkdownRenderer.Section::text).toList());
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
        assertEquals("<p id=\"p-il-a-dit-oui-a\">Il a dit «\u00A0oui\u00A0» à l’accord.</p>\n",
                markdown.render("Il a dit \"oui\" à l'accord."));
    }

    @Test
    void rawHtmlKeepsSafeTagsAndLosesScript() {
        assertEquals("<p id=\"p-le-onu-a-parle\">Le <abbr title=\"Organisation des Nations unies\">ONU</abbr> a parlé.</p>\n\n",
                markdown.render("Le <abbr title=\"Organisation des Nations unies\">ONU</abbr> a parlé.\n\n<script>alert(1)</script>"));
    }

    @Test
    void markdownLinkWithJavascriptUrlLosesItsUrl() {
        assertEquals("<p id=\"p-clic-et-x\">clic et <img alt=\"x\"></p>\n",
                markdown.render("[clic](javascript:alert(1)) et ![x](JaVaScRiPt:alert(1))"));
    }

    @Test
    void paragraphAnchorsAreTheirFirstWordsSoInsertingOneMovesNoOther() {
        var before = markdown.render("Le Togo signe.\n\nLa Douma ratifie l’accord le 7 octobre.\n");
        var after = markdown.render("Le Togo signe.\n\nUn paragraphe ajouté.\n\nLa Douma ratifie l’accord le 7 octobre.\n");
        assertEquals("""
                <p id="p-le-togo-signe">Le Togo signe.</p>
                <p id="p-la-douma-ratifie-l-accord">La Douma ratifie l’accord le 7 octobre.</p>
                """, before);
        assertEquals("""
                <p id="p-le-togo-signe">Le Togo signe.</p>
                <p id="p-un-paragraphe-ajoute">Un paragraphe ajouté.</p>
                <p id="p-la-douma-ratifie-l-accord">La Douma ratifie l’accord le 7 octobre.</p>
                """, after);
    }

    @Test
    void paragraphsOpeningAlikeGetNumberedAnchorsAndTheListMatchesTheHtml() {
        var text = "Selon la Douma, oui.\n\nSelon la Douma, non.\n\n## Titre\n\n> cité\n";
        assertEquals("""
                <p id="p-selon-la-douma-oui">Selon la Douma, oui.</p>
                <p id="p-selon-la-douma-non">Selon la Douma, non.</p>
                <h2 id="titre">Titre <a class="ancre" href="#titre" aria-label="Lien vers cette section">#</a></h2>
                <blockquote>
                <p>cité</p>
                </blockquote>
                """, markdown.render(text));
        assertEquals(List.of("p-selon-la-douma-oui", "p-selon-la-douma-non"),
                markdown.parse(text).paragraphs().stream().map(Bodies.Paragraph::id).toList());
        assertEquals(List.of("p-oui", "p-oui-2"), markdown.parse("Oui.\n\nOui !\n").paragraphs().stream()
                .map(Bodies.Paragraph::id).toList());
    }
}
