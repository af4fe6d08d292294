package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The link check at load knows the anchors the rendered page will have, so a link to one is never reported broken. */
class MarkdownLinksTest {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    @Test
    void anchorsKnownAtLoadAreTheIdsOfTheRenderedPage() {
        var markdown = """
                L'accord de "coopération" est signé à Lomé.

                ## Sécurité régionale

                L'accord de "coopération" est signé à Lomé.

                ## Sécurité régionale

                Le 7 octobre, la Douma ratifie — enfin — l’accord.
                """;
        var rendered = new TreeSet<String>();
        var ids = ID.matcher(new MarkdownRenderer().render(markdown));
        while (ids.find()) {
            rendered.add(ids.group(1));
        }
        assertEquals(rendered, new TreeSet<>(MarkdownLinks.of(markdown, 1).anchors()));
    }

    @Test
    void linksToOtherSitesOnlyNeedNoParseAndKeepTheirAnchors() {
        var markdown = """
                ## Revue de presse

                Lire [l’article](https://ouest-hebdo.example/2024/05/x/), [ceci]( <mailto:a@b.example> ) et <https://c.example>.

                [réf]:
                  http://d.example
                """;
        assertEquals(false, LocalLinkScan.mayLinkInside(markdown));
        assertEquals(List.of(), MarkdownLinks.of(markdown, 1).links());
        assertEquals(MarkdownLinks.parsed(markdown, 1).anchors(), MarkdownLinks.of(markdown, 1).anchors());
    }

    @Test
    void localLinksAreFoundWhateverTheirForm() {
        var markdown = """
                Voir [le pacte](../pacte/#p-le-pacte), ![carte](<carte.png>) et [la note][n].

                [n]: /page/note/
                """;
        var links = MarkdownLinks.of(markdown, 10).links();
        assertEquals(List.of(new MarkdownLinks.Target("../pacte/#p-le-pacte", 10),
                new MarkdownLinks.Target("carte.png", 10), new MarkdownLinks.Target("/page/note/", 12)), links);
    }

    @Test
    void scanFindsWhatTheParseFindsInEveryFixtureBody() throws IOException {
        try (var files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                var markdown = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(MarkdownLinks.parsed(markdown, 1).links(), MarkdownLinks.of(markdown, 1).links(), file::toString);
                assertEquals(MarkdownLinks.parsed(markdown, 1).anchors(), MarkdownLinks.of(markdown, 1).anchors(), file::toString);
            }
        }
    }

    @Test
    void scanFindsWhatTheParseFindsInGeneratedBodies() {
        var pieces = List.of("[a", "]", "](", ")", "![", "]:", "<", ">", "http://x.example", "https:", "mailto:a@b",
                "/page/", "../b/", "#p-a", "c.png", " ", "\n", "\n\n", "    ", "`", "\\", "## ", "> ", "- ", "| x |",
                "&#104;", "//h.example", "\"t\"", "*", "[r]", "a:b", "9:");
        var random = new Random(3);
        for (int n = 0; n < 3000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            var markdown = text.toString();
            assertEquals(MarkdownLinks.parsed(markdown, 1).links(), MarkdownLinks.of(markdown, 1).links(), markdown);
        }
    }
}
