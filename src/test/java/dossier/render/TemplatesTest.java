package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page rendered as bytes is the UTF-8 of the same page rendered as text. */
class TemplatesTest {

    private final Templates templates = new Templates(List.of());
    private final Views.Site site = new Views.Site("Dossier Sahel\u202F!", "", "", "fr", "", "./", "themes/",
            "chronologie/", "recherche/", "style.css", "icon.svg", List.of());

    @Test
    void aPagesBytesAreTheUtf8OfItsText() {
        var view = new PageViews.RedirectView("fr", "L’été <chaud> \uD83D\uDE00 & «\u00A0fin\u00A0»",
                "../nouvelle/", "https://example.org/nouvelle/");
        var text = templates.render("redirect", view, site);
        assertTrue(text.contains("<title>L’été &lt;chaud&gt; \uD83D\uDE00 &amp; «\u00A0fin\u00A0» · Dossier Sahel\u202F!</title>"),
                text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), templates.renderBytes("redirect", view, site));
    }
}
