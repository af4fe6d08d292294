package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscapingTest {

    @Test
    void markupCharactersBecomeTheirReferences() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;L&#39;Œuvre &amp; co&lt;/a&gt;",
                HtmlEscaping.escape("<a href=\"x\">L'Œuvre & co</a>"));
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        var text = "Le Niger suspend l’accord\u202f; « été » – 2025";
        assertSame(text, HtmlEscaping.escape(text));
    }

    @Test
    void everyCharacterIsEscapedAsPebblesOwnStrategyEscapesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            var text = "a" + (char) c + "b";
            assertEquals(HtmlEscape.escapeHtml4Xml(text), HtmlEscaping.escape(text), "character " + c);
        }
    }

    @Test
    void mixedTextIsEscapedAsPebblesOwnStrategyEscapesIt() {
        var text = "«\u00a0Qui ?\u00a0» <b>&amp;</b> 'x' \"y\" \ud83d\ude00 \ud800 > < &";
        assertEquals(HtmlEscape.escapeHtml4Xml(text), HtmlEscaping.escape(text));
    }

    @Property(tries = 1000)
    void textsWithMarkupAnywhereAreEscapedAsPebblesOwnStrategyEscapesThem(@ForAll("texts") String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), HtmlEscaping.escape(text));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("&", "<", ">", "\"", "'", "a", "é", "’", " ", "\u202F", "Lomé", "https://e.org/?a=1")
                .list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }
}
