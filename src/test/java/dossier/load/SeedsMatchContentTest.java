package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.clean.Cleaner;
import dossier.clean.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each seed article, as scraped, cleans to the body of the article the editors wrote by hand
 * from it in {@code content/articles/}: the same sentences and subheadings, in the same order,
 * and nothing else. How sentences are grouped into paragraphs may differ.
 */
class SeedsMatchContentTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path ARTICLES = Path.of("content/articles");
    /** A sentence ends at . ! ? or … (a closing quote may follow) before a space and a capital or an opening quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][»”\"]?)\\s+(?=[\\p{Lu}«“\"])");

    private final Cleaner cleaner = new Cleaner(Rules.defaults());

    @ParameterizedTest(name = "{0} → {1}.md")
    @CsvSource({
        "000_efceeb7a4c39a7a7, douma-ratifie-accord-militaire",
        "001_0935441e492a4687, commission-aval-accord-militaire",
        "002_81825f0a80dba8eb, russie-se-rapproche-du-togo",
        "003_c023af4f39a1d2c9, gnassingbe-poutine-entretien-kremlin",
        "004_8c740ef6e12f3877, gnassingbe-attendu-au-kremlin"})
    void seedCleansToTheHandMadeArticleBody(String seed, String article) throws IOException {
        var raw = TextFile.normalize(Files.readString(SEEDS.resolve(seed + ".txt"), StandardCharsets.UTF_8));
        var cleaned = cleaner.clean(Path.of(seed + ".txt"), raw);
        var handMade = FrontMatter.split(Files.readString(ARTICLES.resolve(article + ".md"), StandardCharsets.UTF_8));
        var expected = sentences(handMade.body());
        assertTrue(expected.size() >= 5, "the hand-made article has a body: " + expected);
        assertEquals(expected, sentences(cleaned.markdown()));
    }

    /** The body's subheadings and sentences in order, spacing made plain and Markdown escapes undone. */
    private static List<String> sentences(String markdown) {
        return Arrays.stream(markdown.split("\n\\s*\n"))
                .map(block -> block.strip().replaceAll("\\\\(\\p{Punct})", "$1").replaceAll("[\\s\\u00a0\\u202f]+", " "))
                .filter(block -> !block.isEmpty())
                .flatMap(block -> block.startsWith("## ") ? List.of(block).stream() : Arrays.stream(SENTENCE_END.split(block)))
                .toList();
    }
}
