package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesTest {

    private static final Path SHOWN = Path.of("content/clean-rules.txt");
    private static final String ARTICLE = "Un titre\nLe texte de l'article est ici.\n";

    private final List<Problem> problems = new ArrayList<>();

    private Rules extended(String text) {
        return Rules.defaults().extendedWith(SHOWN, text, problems);
    }

    private List<String> removed(Rules rules, String text) {
        return new Cleaner(rules).clean(Path.of("a.txt"), text).removed().stream()
                .map(r -> r.rule() + ": " + r.text()).toList();
    }

    @Test
    void defaultsLoadWithTheirNamedRules() {
        assertTrue(Rules.defaults().names().containsAll(
                List.of("related", "comments", "reply", "by", "role", "date", "credit", "contact", "promo", "ad",
                        "share", "cookie", "newsletter", "navigation", "footer")));
        assertEquals(Limits.DEFAULTS, Rules.defaults().limits());
    }

    @Test
    void aDossierRuleRemovesItsOwnJunk() {
        var rules = extended("# our site's own widget\ndrop widget 6 ^écoutez cet article$\n");
        assertEquals(List.of("widget: Écoutez cet article"), removed(rules, ARTICLE + "Écoutez cet article\n"));
        assertEquals(List.of(), problems);
    }

    @Test
    void aDossierRuleIsTriedBeforeTheDefaults() {
        var rules = extended("drop ours 2 ^partager$\n");
        assertEquals(List.of("ours: Partager"), removed(rules, ARTICLE + "Partager\n"));
    }

    @Test
    void offTurnsADefaultRuleOff() {
        var rules = extended("off ad\n");
        assertFalse(rules.names().contains("ad"));
        assertEquals(List.of(), removed(rules, ARTICLE + "Publicité\n"));
    }

    @Test
    void limitChangesALayoutNumber() {
        var rules = extended("limit title-chars 40\nlimit menu-lines 3\n");
        assertEquals(40, rules.limits().titleChars());
        assertEquals(3, rules.limits().menuLines());
        assertEquals(Limits.DEFAULTS.headingChars(), rules.limits().headingChars());
    }

    @Test
    void patternsIgnoreCaseAndAccents() {
        var rules = Rules.none().extendedWith(SHOWN, "drop related 6 ^a lire egalement\n", problems);
        assertEquals(List.of("related: À LIRE ÉGALEMENT : la suite"), removed(rules, ARTICLE + "À LIRE ÉGALEMENT : la suite\n"));
    }

    @Test
    void wordLimitKeepsARuleOffLongLines() {
        var rules = Rules.none().extendedWith(SHOWN, "drop promo 3 whatsapp\n", problems);
        assertEquals(List.of("promo: Notre WhatsApp"),
                removed(rules, ARTICLE + "Notre WhatsApp\nLe ministre a écrit sur WhatsApp à ses collègues.\n"));
    }

    @Test
    void badLinesAreProblemsAtTheirLineAndTheOthersStillCount() {
        var rules = extended("""
                drop fine 3 ^ok$
                dorp typo 3 ^x$
                drop broken 3 ^(unclosed
                drop words many ^x$
                limit title-chars 5
                limit colour 4
                off
                """);
        assertTrue(rules.names().contains("fine"));
        assertEquals(List.of(
                "content/clean-rules.txt:2: unknown rule kind \"dorp\" (start the line with drop, links, cut, byline, off or limit)",
                "content/clean-rules.txt:3: pattern does not compile: Unclosed group near character 10 (patterns are Java regular expressions)",
                "content/clean-rules.txt:4: word limit \"many\" is not a number (give the longest line the rule applies to, in words, or * for any length)",
                "content/clean-rules.txt:5: limit title-chars must be a number from 10 to 9999 (write `limit title-chars 100`)",
                "content/clean-rules.txt:6: `limit` takes a name and a number (names: headline-chars, heading-chars, title-chars, menu-words, menu-lines)",
                "content/clean-rules.txt:7: `off` takes one rule name (write `off related`)"),
                problems.stream().map(Problem::format).toList());
    }

    @Test
    void rulesFileIsReadFromDisk(@TempDir Path dir) throws IOException {
        var file = dir.resolve("clean-rules.txt");
        Files.writeString(file, "drop widget 6 ^écoutez cet article$\n");
        var rules = Rules.defaults().extendedWith(file, SHOWN, problems);
        assertEquals(List.of("widget: Écoutez cet article"), removed(rules, ARTICLE + "Écoutez cet article\n"));
    }

    @Test
    void theExampleInTheDocsIsAValidRulesFile() throws IOException {
        var docs = Files.readString(Path.of("docs/cleaning.md"));
        int start = docs.indexOf("# content/clean-rules.txt");
        var example = docs.substring(start, docs.indexOf("```", start));
        var rules = extended(example);
        assertEquals(List.of(), problems);
        assertEquals(List.of("widget: Écoutez cet article", "agency: (Source : Agence Ecofin)"),
                removed(rules, ARTICLE + "Écoutez cet article\n(Source : Agence Ecofin)\nPublicité\n"));
        assertEquals("Agence Ecofin", new Cleaner(rules).clean(Path.of("a.txt"), ARTICLE + "(Source : Agence Ecofin)\n").outlet());
    }

    @Test
    void aNewlineInsideBracketsDoesNotMakeATwoLineRule() {
        assertFalse(Rule.of(Rule.Kind.DROP, "x", 5, "^a[^\\n]*b$").twoLines());
        assertTrue(Rule.of(Rule.Kind.BYLINE, "x", 5, "^(?<author>\\w+),\\ncorrespondant").twoLines());
    }
}
