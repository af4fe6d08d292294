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
                <h2 id="securite-regionale">Sécurité régionale</h2>
                <p id="p2">Suite.</p>
                """, html);
    }

    @Test
    void quotesBecomeGuillemets() {
        assertEquals("<p id=\"p1\">Il a dit «\u00A0oui\u00A0» à l’accord.</p>\n",
                markdown.render("Il a dit \"oui\" à l'accord."));
    }

    @Test
    void rawHtmlKeepsSafeTagsAndLosesScript() {
        assertEquals("<p id=\"p1\">Le <abbr title=\"Organisation des Nations unies\">ONU</abbr> a parlé.</p>\n\n",
                markdown.render("Le <abbr title=\"Organisation des Nations unies\">ONU</abbr> a parlé.\n\n<script>alert(1)</script>"));
    }

    @Test
    void markdownLinkWithJavascriptUrlLosesItsUrl() {
        assertEquals("<p id=\"p1\">clic et <img alt=\"x\"></p>\n",
                markdown.render("[clic](javascript:alert(1)) et ![x](JaVaScRiPt:alert(1))"));
    }
}
