package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.load.FrontMatter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Markdown file the project holds (the seed content, the fixtures, and thirty articles of
 * the generated benchmark corpus in {@code markdown/corpus}) reads the same whether the plain
 * subset's reader or Flexmark reads it, Flexmark's short ways on or off.
 */
class PlainMarkdownDifferentialTest {

    private static final MarkdownRenderer FAST = new MarkdownRenderer();
    private static final MarkdownRenderer LONG = new MarkdownRenderer(false);
    private static final Path CORPUS = Path.of("src/test/resources/markdown/corpus");

    static Stream<Path> markdownFiles() throws IOException {
        var files = new ArrayList<Path>();
        for (var root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            try (var walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("markdownFiles")
    void everyMarkdownFileReadsAlikeEitherWay(Path file) throws IOException {
        var body = body(file);
        if (body != null) {
            assertSameEveryWay(body);
        }
    }

    @Test
    void everyCorpusArticleTakesThePlainReader() throws IOException {
        List<Path> articles;
        try (var list = Files.list(CORPUS)) {
            articles = list.sorted().toList();
        }
        assertEquals(30, articles.size());
        for (var article : articles) {
            assertNotNull(PlainMarkdown.read(body(article)), article::toString);
        }
    }

    @Test
    void theSeedArticlesTakeThePlainReader() throws IOException {
        try (var list = Files.list(Path.of("content/articles"))) {
            for (var article : list.toList()) {
                assertNotNull(PlainMarkdown.read(body(article)), article::toString);
            }
        }
    }

    /** The three readings of {@code markdown} are equal: parse, parse with Flexmark, parse with every short way off. */
    static void assertSameEveryWay(String markdown) {
        var parsed = FAST.parse(markdown);
        assertEquals(LONG.parse(markdown), parsed, markdown);
        assertEquals(FAST.parseByFlexmark(markdown), parsed, markdown);
        assertEquals(LONG.render(markdown), FAST.render(markdown), markdown);
        assertEquals(LONG.body(markdown), FAST.body(markdown), markdown);
        // a body made alone is the one made with the paragraphs
        assertEquals(parsed.body(), FAST.body(markdown), markdown);
        assertEquals(parsed.body(), LONG.body(markdown), markdown);
    }

    /** The Markdown body of a file, or null for the fixtures of bytes that are not UTF-8. */
    private static String body(Path file) throws IOException {
        try {
            var text = Files.readString(file);
            var split = FrontMatter.split(text);
            // a fixture whose front matter never closes is read whole
            return split == null ? text : split.body();
        } catch (CharacterCodingException notUtf8) {
            assertTrue(file.toString().contains("bad"), file::toString);
            return null;
        }
    }
}
