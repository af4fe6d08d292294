package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainMarkdownTest {

    @Test
    void readsAnArticleBodyIntoTheHtmlFlexmarkWrites() {
        var read = PlainMarkdown.read("""
                **La** Cédéao signe l'accord... enfin -- ou presque --- dit "Lomé".

                ## L’aide d’ambassade

                - Le marché
                - *Leur* capitale

                > « Le contrat », a déclaré [un diplomate](https://e.org/a-b/).

                | Indicateur | 2023 |
                |---|---|
                | Le navire | 192 |
                """);
        assertNotNull(read);
        assertEquals("""
                <p id="p-la-cedeao-signe-l-accord"><strong>La</strong> Cédéao signe l’accord&hellip; enfin &ndash; ou presque \
                &mdash; dit «\u00A0Lomé\u00A0».</p>
                <h2 id="l-aide-d-ambassade">L’aide d’ambassade <a class="ancre" href="#l-aide-d-ambassade" \
                aria-label="Lien vers cette section">#</a></h2>
                <ul>
                <li>Le marché</li>
                <li><em>Leur</em> capitale</li>
                </ul>
                <blockquote>
                <p>« Le contrat », a déclaré <a href="https://e.org/a-b/">un diplomate</a>.</p>
                </blockquote>
                <table class="table">
                <thead>
                <tr><th>Indicateur</th><th>2023</th></tr>
                </thead>
                <tbody>
                <tr><td>Le navire</td><td>192</td></tr>
                </tbody>
                </table>
                """, read.html());
        assertEquals(List.of(new PlainMarkdown.Paragraph("p-la-cedeao-signe-l-accord",
                "La Cédéao signe l'accord... enfin -- ou presque --- dit Lomé.")), read.paragraphs());
        assertEquals(List.of(new PlainMarkdown.Heading(2, "l-aide-d-ambassade", "L’aide d’ambassade")), read.headings());
    }

    @Test
    void aParagraphOfSeveralLinesKeepsItsLineBreaks() {
        assertEquals("<p id=\"p-le-togo-signe-la-russie\">Le Togo signe\nla Russie aussi.</p>\n",
                PlainMarkdown.read("Le Togo signe\nla Russie aussi.\n").html());
    }

    static Stream<Arguments> outsideTheSubset() {
        return Stream.of(
                Arguments.of("a backslash escape", "Le Togo \\*signe\\*."),
                Arguments.of("an entity", "Le Togo &amp; la Russie."),
                Arguments.of("raw HTML", "Le <abbr title=\"x\">ONU</abbr> parle."),
                Arguments.of("code", "Le `code` ici."),
                Arguments.of("underscore emphasis", "Le _Togo_ signe."),
                Arguments.of("a tilde", "Le ~~Togo~~ signe."),
                Arguments.of("a tab", "Le\tTogo signe."),
                Arguments.of("a carriage return", "Le Togo signe.\r\n\r\nSuite."),
                Arguments.of("a control character", "Le Togo\u0007 signe."),
                Arguments.of("a byte-order mark", "\uFEFFLe Togo signe."),
                Arguments.of("three stars", "Le ***Togo*** signe."),
                Arguments.of("nested emphasis", "**Le *Togo* signe**."),
                Arguments.of("unbalanced emphasis", "Le **Togo signe."),
                Arguments.of("stars inside a word", "Le T*og*o signe."),
                Arguments.of("emphasis next to a guillemet", "Il dit *« oui »*."),
                Arguments.of("a reference link", "Le [Togo][t] signe.\n\n[t]: https://e.org/"),
                Arguments.of("brackets alone", "Le [Togo] signe."),
                Arguments.of("an image", "![Lomé](https://e.org/lome.png)"),
                Arguments.of("a javascript URL", "[clic](javascript:alert(1))"),
                Arguments.of("a relative URL", "Voir [la page](/a-propos/)."),
                Arguments.of("a URL with parentheses", "Voir [la page](https://e.org/a(b))."),
                Arguments.of("a URL with a percent sign", "Voir [la page](https://e.org/a%20b)."),
                Arguments.of("a link title", "Voir [la page](https://e.org/ \"titre\")."),
                Arguments.of("emphasis in a link", "Voir [la *page*](https://e.org/)."),
                Arguments.of("a link text with outer spaces", "Voir [ la page ](https://e.org/)."),
                Arguments.of("a setext heading", "Titre\n====="),
                Arguments.of("a setext heading of dashes", "Titre\n-----"),
                Arguments.of("indented code", "Texte.\n\n    code"),
                Arguments.of("a fence", "```\ncode\n```"),
                Arguments.of("a numbered list", "1. un\n2. deux"),
                Arguments.of("a star bullet", "* un\n* deux"),
                Arguments.of("a plus bullet", "+ un\n+ deux"),
                Arguments.of("a loose list", "- un\n\n- deux"),
                Arguments.of("a lazy list line", "- un\nsuite"),
                Arguments.of("a lazy quote line", "> cité\nsuite"),
                Arguments.of("a quote of two lines", "> cité\n> encore"),
                Arguments.of("a hard break", "Le Togo  \nsigne."),
                Arguments.of("a trailing space", "Le Togo signe. "),
                Arguments.of("a line with only spaces", "Le Togo.\n  \nSuite."),
                Arguments.of("a leading space", " Le Togo signe."),
                Arguments.of("blocks not parted by a blank line", "## Titre\nTexte."),
                Arguments.of("a thematic break", "Texte.\n\n---\n\nSuite."),
                Arguments.of("a single-quoted phrase", "Il dit 'oui'."),
                Arguments.of("an unmatched double quote", "Il dit \"oui."),
                Arguments.of("a double quote after a word", "Il dit\"oui\"."),
                Arguments.of("a spaced ellipsis", "Enfin . . . oui."),
                Arguments.of("four dots", "Enfin.... oui."),
                Arguments.of("four dashes", "Enfin ---- oui."),
                Arguments.of("closing hashes", "## Titre ##"),
                Arguments.of("a heading of seven hashes", "####### Titre"),
                Arguments.of("an empty heading", "##"),
                Arguments.of("a heading without a space", "##Titre"),
                Arguments.of("an aligned table", "| a |\n|:---|\n| b |"),
                Arguments.of("a table without body", "| a |\n|---|"),
                Arguments.of("a table with an empty cell", "| a | b |\n|---|---|\n| c |  |"),
                Arguments.of("a table row short of a cell", "| a | b |\n|---|---|\n| c |"),
                Arguments.of("a pipe outside a table", "Le Togo | la Russie."),
                Arguments.of("an angle bracket", "Le Togo > la Russie."),
                Arguments.of("a line starting with a number and a dot", "Texte.\n\n2025. Année."),
                Arguments.of("an empty text", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outsideTheSubset")
    void aTextOutsideTheSubsetGoesToFlexmarkAndReadsAsItDid(String what, String markdown) {
        assertNull(PlainMarkdown.read(markdown), what);
        PlainMarkdownDifferentialTest.assertSameEveryWay(markdown);
    }
}
