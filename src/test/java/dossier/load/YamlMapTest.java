package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Problem;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

class YamlMapTest {

    private static final Path FILE = Path.of("content/articles/a.md");

    private static final List<String> TEXTS = List.of("""
            title: "Afrique de l’Ouest : la Cédéao relance"
            date: 2023-01-01
            tags:
              - "santé"
              - dette
            source:
              name: "Nouvelles de l’Est"
              url: "https://nouvelles-est.example/2023/01/a/"
            events:
              - date: "2022-12-09"
                title: "Le pays suspend le système"
            draft: non
            summary: ~
            """, """
            title: a
            title: b
            anchor: &x [1, 2]
            again: *x
            """, """
            title: "never closed
            date: 2023-01-01
            """, """
            tags: [a, b
            """, """
            - a list
            - not a mapping
            """);

    @Test
    void composesEachTextAsAYamlObjectComposesIt() {
        for (var text : TEXTS) {
            assertEquals(described(viaYamlObject(text)), described(composed(text)), text);
        }
    }

    @Test
    void pointsASyntaxErrorAtTheLineWhereTheQuoteOpens() {
        var problems = new ArrayList<Problem>();
        assertNull(YamlMap.parse(TEXTS.get(2), FILE, 2, problems));
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void readsKeysAndTheirLinesFromTheComposedGraph() {
        var problems = new ArrayList<Problem>();
        var map = YamlMap.parse(TEXTS.get(0), FILE, 2, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("title", "date", "tags", "source", "events", "draft", "summary"), List.copyOf(map.keys()));
        assertEquals(4, map.line("tags"));
        assertEquals(List.of("santé", "dette"), map.strings("tags"));
        assertEquals("Nouvelles de l’Est", map.map("source").orElseThrow().string("name").orElseThrow());
    }

    @Test
    void takesFrontMatterOfOnlyCommentsAsAnEmptyMappingAtItsFirstLine() {
        var problems = new ArrayList<Problem>();
        var map = YamlMap.parse("# rien\n", FILE, 2, problems);
        assertEquals(List.of(), problems);
        assertEquals(2, map.line());
        assertEquals(2, map.line("title"));
    }

    private static Object composed(String text) {
        try {
            return YamlMap.compose(text);
        } catch (MarkedYAMLException e) {
            return e.getProblemMark().getLine() + ":" + e.getProblem();
        }
    }

    /** The node graph the way a {@code Yaml} object composes it, for comparison. */
    private static Object viaYamlObject(String text) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            return e.getProblemMark().getLine() + ":" + e.getProblem();
        }
    }

    private static String described(Object composed) {
        if (composed instanceof String s) {
            return s;
        }
        return described((Node) composed);
    }

    private static String described(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().getValue() + "=" + scalar.getValue() + "@" + scalar.getStartMark().getLine();
        }
        if (node instanceof SequenceNode sequence) {
            return "[" + String.join(",", sequence.getValue().stream().map(YamlMapTest::described).toList()) + "]";
        }
        var mapping = (MappingNode) node;
        return "{" + String.join(",", mapping.getValue().stream()
                .map(t -> described(t.getKeyNode()) + ":" + described(t.getValueNode())).toList()) + "}";
    }
}
