package dossier.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

/** HTML made of random pieces of evasion vectors never comes out of the sanitizer with an active part. */
class HtmlSanitizerPropertiesTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Property(tries = 500)
    void noScriptHandlerOrActiveUrlSurvives(@ForAll("html") String html) {
        var clean = sanitizer.clean(html);
        for (var element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
            assertFalse(Set.of("script", "style", "iframe", "object", "embed", "form", "svg", "math", "base", "meta")
                    .contains(element.normalName()), clean);
            for (var attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), clean);
                if (Set.of("href", "src", "cite").contains(attribute.getKey())) {
                    var url = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertTrue(!url.startsWith("javascript:") && !url.startsWith("data:") && !url.startsWith("vbscript:"), clean);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.of("<", ">", "/", "\"", "'", "=", " ", "\t", "\n", "script", "img", "svg", "a", "p", "style",
                "iframe", "math", "mtext", "mglyph", "table", "noscript", "template", "src", "href", "onerror", "onload",
                "OnClick", "javascript:", "JaVaScRiPt:", "jav&#x09;ascript:", "&#106;", "&colon;", "data:", "vbscript:",
                "alert(1)", "x", "<!--", "-->", "<![CDATA[", "]]>", "&", "#", "&#0;", "\u0000").list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }
}
