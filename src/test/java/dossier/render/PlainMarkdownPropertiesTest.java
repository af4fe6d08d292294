package dossier.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Bodies made at random from the plain subset's grammar take the plain reader and read as
 * Flexmark reads them; the same bodies with random near misses (a mark, a stray quote, an indent,
 * a line break in the wrong place) read the same too, whichever reader takes them.
 */
class PlainMarkdownPropertiesTest {

    private static final List<String> WORDS = List.of("le", "Togo", "signe", "l’accord", "à", "Lomé", "été",
            "Cédéao", "2025", "7", "octobre", "Sécurité", "d’État", "ÉLAN", "çà", "Ô", "œuvre", "x");
    private static final List<String> NEAR_MISSES = List.of("\\", "&", "&amp;", "<", ">", "<b>", "`", "_", "~", "*",
            "**", "***", "\"", "'", "[", "]", "(", ")", "![", "](", "[x]", "#", "|", "-", "--", "----", ".", "..", "....",
            ". . .", "\t", " ", "  ", "\n", "\n\n", "\n- ", "\n* ", "\n+ ", "\n1. ", "\n    ", "\n===", "\n---", "\n> ",
            "\n#", "\n|---|", "http://", "'x'", "\u00A0", "\u202F", "«", "»", "’", "…", "–", "\r", "\u2028", "é'", "'é",
            "\"x\"", "*x*", "**x**", ":", ";", "!", "?", "1'2", "[a](http://e.org)", "[a](x)", "\n\n## ", "\n\n| a |\n");
    /** Misses that often keep a text in the subset, so the plain reader meets odd places too. */
    private static final List<String> MOSTLY_HARMLESS = List.of("(", ")", "-", ",", ":", ";", "!", "?", "«", "»", "’",
            "…", "–", "é", "7", "\n\n", "\n\n## Titre", "\n\n- item", "\n\n> cité", " x'y ", " \"x\" ", " *x* ",
            " **x** ", " [a](http://e.org) ", " ... ", " -- ", " --- ", "\u00A0", "\u202F", "\n");

    @Property(tries = 600)
    void bodiesOfThePlainSubsetTakeThePlainReaderAndReadAsFlexmarkReadsThem(@ForAll("bodies") String body) {
        assertNotNull(PlainMarkdown.read(body), body);
        PlainMarkdownDifferentialTest.assertSameEveryWay(body);
    }

    @Property(tries = 1000)
    void nearMissesReadAsFlexmarkReadsThemWhicheverReaderTakesThem(@ForAll("nearMisses") String body) {
        var reader = Statistics.label("reader");
        reader.collect(PlainMarkdown.read(body) != null ? "plain" : "Flexmark");
        PlainMarkdownDifferentialTest.assertSameEveryWay(body);
        // both readers meet near misses: a harmless miss stays plain, the others go to Flexmark
        reader.coverage(coverage -> {
            coverage.check("plain").percentage(p -> p > 4);
            coverage.check("Flexmark").percentage(p -> p > 30);
        });
    }

    @Provide
    Arbitrary<String> nearMisses() {
        var miss = Arbitraries.oneOf(Arbitraries.of(NEAR_MISSES), Arbitraries.of(MOSTLY_HARMLESS));
        return Combinators.combine(bodies(), miss.list().ofMinSize(1).ofMaxSize(3), Arbitraries.doubles().between(0, 1)
                .list().ofSize(3)).as((body, misses, places) -> {
                    var text = new StringBuilder(body);
                    for (int i = 0; i < misses.size(); i++) {
                        text.insert((int) (places.get(i) * text.length()), misses.get(i));
                    }
                    return text.toString();
                });
    }

    @Provide
    Arbitrary<String> bodies() {
        return block().list().ofMinSize(1).ofMaxSize(6).filter(PlainMarkdownPropertiesTest::noListAfterList)
                .map(blocks -> String.join("\n\n", blocks))
                .flatMap(text -> Arbitraries.of("", "\n", "\n\n").map(end -> text + end));
    }

    /** Two lists parted by a blank line are one loose list, outside the subset. */
    private static boolean noListAfterList(List<String> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i - 1).startsWith("- ") && blocks.get(i).startsWith("- ")) {
                return false;
            }
        }
        return true;
    }

    private Arbitrary<String> block() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, line().list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\n", lines))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.integers().between(1, 6), line().filter(text -> text.indexOf('#') < 0))
                        .as((level, text) -> "#".repeat(level) + " " + text)),
                net.jqwik.api.Tuple.of(1, line().list().ofMinSize(1).ofMaxSize(4)
                        .map(items -> "- " + String.join("\n- ", items))),
                net.jqwik.api.Tuple.of(1, line().map(text -> "> " + text)),
                net.jqwik.api.Tuple.of(1, table()));
    }

    private Arbitrary<String> table() {
        return Arbitraries.integers().between(1, 4).flatMap(columns -> {
            var row = line().list().ofSize(columns).map(cells -> "| " + String.join(" | ", cells) + " |");
            var rule = "|" + "---|".repeat(columns);
            return Combinators.combine(row, row.list().ofMinSize(1).ofMaxSize(3))
                    .as((header, rows) -> header + "\n" + rule + "\n" + String.join("\n", rows));
        });
    }

    /** A line of text: phrases between single spaces, the first one starting as text starts (no "2025.", a numbered item). */
    private Arbitrary<String> line() {
        return Combinators.combine(opening(), phrase().list().ofMaxSize(6))
                .as((first, rest) -> rest.isEmpty() ? first : first + " " + String.join(" ", rest))
                .filter(text -> !text.matches("(?s)[0-9]+[.)].*"));
    }

    private Arbitrary<String> opening() {
        return Combinators.combine(Arbitraries.oneOf(word(), strong(), emphasis(), quoted(), link()), punctuation())
                .as((phrase, mark) -> phrase + mark);
    }

    private Arbitrary<String> phrase() {
        return Arbitraries.oneOf(opening(), Arbitraries.of("--", "---", "...", "–", "«\u00A0oui\u00A0»", "« non »", "(voir)"));
    }

    private Arbitrary<String> punctuation() {
        return Arbitraries.of("", "", "", ",", ".", " ;", " :", " !", " ?", "...", "?", "!");
    }

    private Arbitrary<String> word() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(WORDS))
                .as((a, b) -> Character.isLetter(a.charAt(a.length() - 1)) && Character.isLetter(b.charAt(0))
                        ? a + "'" + b : a + "-" + b));
    }

    private Arbitrary<String> words() {
        return word().list().ofMinSize(1).ofMaxSize(3).map(list -> String.join(" ", list));
    }

    private Arbitrary<String> strong() {
        return words().map(text -> "**" + text + "**");
    }

    private Arbitrary<String> emphasis() {
        return words().map(text -> "*" + text + "*");
    }

    private Arbitrary<String> quoted() {
        return words().map(text -> "\"" + text + "\"");
    }

    private Arbitrary<String> link() {
        return Combinators.combine(words(), Arbitraries.of("https://courrier-lome.example/2023/01/a-b/",
                "http://example.org", "https://e.org/x?a=1#b", "https://e.org/p;q,r@s:t+u"))
                .as((text, url) -> "[" + text + "](" + url + ")");
    }
}
