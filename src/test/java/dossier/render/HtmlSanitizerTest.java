package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void keepsAnchorsIdsAndClassesHeadingsNeed() {
        var html = "<h2 id=\"securite\"><a class=\"anchor\" href=\"#securite\" aria-hidden=\"true\">#</a>Sécurité</h2>\n"
                + "<p id=\"p1\">Voir <a href=\"../autre/\">l’autre</a>.<sup><a id=\"r1\" href=\"#n1\">1</a></sup></p>\n"
                + "<section class=\"notes\" aria-labelledby=\"notes\"><p id=\"n1\">Une note.</p></section>\n";
        assertEquals(html, sanitizer.clean(html));
    }

    @Test
    void dropsScriptStyleIframeObjectAndForms() {
        var html = "<p>a</p><script>alert(1)</script><style>p{}</style><iframe src=\"x\"></iframe>"
                + "<object data=\"x\"></object><form action=\"x\"><input name=\"q\"><button>b</button></form>";
        assertEquals("<p>a</p>b", sanitizer.clean(html));
    }

    @Test
    void noBreakSpacesStayCharacters() {
        assertEquals("<p>«\u00A0oui\u00A0»\u202F!</p>", sanitizer.clean("<p>«\u00A0oui\u00A0»\u202F!</p>"));
    }

    /** Filter-evasion vectors in the style of the OWASP XSS cheat sheet: none may keep an active part. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\" \u0001javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<IMG SRC=\"jav&#x0D;ascript:alert(1)\">",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onclick=\"alert(1)\" onmouseover=alert(1)>x</p>",
        "\"><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<embed src=\"javascript:alert(1)\">",
        "<details open ontoggle=alert(1)>",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
    })
    void evasionVectorLeavesNothingActive(String vector) {
        var clean = sanitizer.clean(vector);
        for (var element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
            assertFalse(Set.of("script", "style", "iframe", "object", "embed", "form", "meta", "base", "link", "svg", "math",
                    "noscript", "details").contains(element.normalName()), clean);
            for (var attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), clean);
                assertFalse(attribute.getKey().equals("style"), clean);
                if (Set.of("href", "src", "cite").contains(attribute.getKey())) {
                    assertTrue(HtmlSanitizer.isSafeUrl(attribute.getValue()), clean);
                }
            }
        }
    }

    @Test
    void ordinaryUrlsAreSafe() {
        for (var url : new String[] {"https://example.org/a", "http://x.y", "mailto:a@b.fr", "tel:+228", "../a/", "#p3",
            "?q=1", "a/b:c", "//example.org/"}) {
            assertTrue(HtmlSanitizer.isSafeUrl(url), url);
        }
        for (var url : new String[] {"javascript:x", " JAVASCRIPT:x", "java\tscript:x", "data:x", "vbscript:x", "file:///etc"}) {
            assertFalse(HtmlSanitizer.isSafeUrl(url), url);
        }
    }
}
