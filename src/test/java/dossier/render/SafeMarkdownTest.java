package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A body rendered without the sanitiser reads exactly as if it had gone through it, and only a
 * harmless one skips it; heading labels cut from the page are those of the heading rendered alone.
 */
class SafeMarkdownTest {

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.of(TablesExtension.create(), TypographicExtension.create()))).build();

    private final MarkdownRenderer skipping = new MarkdownRenderer();
    private final MarkdownRenderer sanitizing = new MarkdownRenderer(false);

    @Test
    void plainMarkdownNeedsNoSanitizing() {
        var markdown = """
                ## L’accord « historique »

                Le *7 octobre*, **Lomé** : voir [l’article](https://a.example/x/ "Titre") et ![carte](carte.png).

                > Une citation...

                | a | b |
                |---|--:|
                | `x < y` | 2 |
                """;
        assertFalse(SafeMarkdown.needsSanitizing(PARSER.parse(markdown)));
        assertEquals(sanitizing.render(markdown), skipping.render(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>gras</b>", "a <span onclick=\"x\">b</span>", "&eacute;", "&#106;", "<!-- c -->",
            "[x](javascript:alert(1))", "[x](jav&#x09;ascript:alert(1))", "[x](java\\script:1)", "![i](data:image/png,x)",
            "[r]\n\n[r]: vbscript:x", "<javascript:alert(1)>", "[<https://a.example>](/b/)", "[x](/a?b=1&c=2)"})
    void rawHtmlEntitiesUnsafeOrEscapedUrlsAndNestedLinksAreSanitized(String markdown) {
        assertTrue(SafeMarkdown.needsSanitizing(PARSER.parse(markdown)), markdown);
        assertEquals(sanitizing.render(markdown), skipping.render(markdown), markdown);
    }

    @Test
    void controlCharactersAreLeftToTheSanitizer() {
        assertNull(SafeMarkdown.asSanitized("<p>a\u0001b</p>\n"));
        assertEquals("<p>a\"b &amp; …</p>\n<hr>\n<img src=\"c.png\" alt=\"&quot;<&amp;>\">",
                SafeMarkdown.asSanitized("<p>a&quot;b &amp; &hellip;</p>\n<hr />\n<img src=\"c.png\" alt=\"&quot;&lt;&amp;&gt;\" />"));
    }

    @Test
    void plainTextIsEscapedAsFlexmarkEscapesIt() {
        var markdown = "## Un « titre » <x> & \"y\" 'z' \\* \r\nLe 7 octobre : <b>x</b> a < b > c \"d\" 'e' &amp; \\_f\n";
        assertEquals(new MarkdownRenderer(false).body(markdown), new MarkdownRenderer().body(markdown));
    }

    @Test
    void everyFixtureBodyReadsAsSanitized() throws IOException {
        try (var files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                var markdown = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertEquals(sanitizing.render(markdown), skipping.render(markdown), file::toString);
                assertEquals(sanitizing.body(markdown), skipping.body(markdown), file::toString);
            }
        }
    }

    @Test
    void generatedBodiesReadAsSanitized() {
        var pieces = List.of("a", "B", "é", " ", "\n", "\n\n", "# ", "## ", "> ", "- ", "1. ", "*", "**", "_", "`",
                "```\n", "~~~\n", "    ", "\t", "\r\n", "  \n", "***\n", "\\", "<", ">", "&", "\"", "'", "«", "»", ":",
                ";", "!", "?", "...", "--", "’", "\u00A0", "[x](/p/)", "![i](c.png \"t\")", "![a \"q\" & <b>...](p.png \"t<>&'\")",
                "[t](/x/ 'a\"b')", "[r]", "[r]: /u \"t\"\n", "<http://x.example/>", "<a@b.example>", "[m](mailto:a@b.example)",
                "[a ![i](c.png)](/d/)", "| a | b |\n|---|:-:|\n| c | d |\n", "| h |\n|---|\n", "| h | i |\n|:--|--:|\n| 1 | 2 |\n",
                "\uD83D\uDE00", "\u2028", "\u0000", "\n## ", "\n### ", "\n===\n", "\n---\n", "<b>", "&eacute;");
        var random = new Random(1);
        for (int n = 0; n < 10000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            var markdown = text.toString();
            assertEquals(sanitizing.render(markdown), skipping.render(markdown), markdown);
            assertEquals(sanitizing.body(markdown), skipping.body(markdown), markdown);
        }
    }
}
