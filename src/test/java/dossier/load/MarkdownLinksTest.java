package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.render.MarkdownRenderer;
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
}
