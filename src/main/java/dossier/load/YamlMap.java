package dossier.load;

import dossier.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML mapping with the file line of every key, read from SnakeYAML's node graph so each
 * problem points at the line of its key. Type mismatches become problems, never exceptions.
 */
public final class YamlMap {

    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    private final Path file;
    private final int lineShift;
    private final int line;
    private final Map<String, Node> values;
    private final Map<String, Integer> keyLines;
    private final List<Problem> problems;

    private YamlMap(Path file, int lineShift, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.lineShift = lineShift;
        // an empty mapping (YAML of only comments) has no mark: it stands at the first line
        this.line = (node.getStartMark() == null ? 0 : node.getStartMark().getLine()) + lineShift;
        this.problems = problems;
        this.values = new LinkedHashMap<>();
        this.keyLines = new LinkedHashMap<>();
        for (var tuple : node.getValue()) {
            int keyLine = tuple.getKeyNode().getStartMark().getLine() + lineShift;
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(Problem.error(file, keyLine, "a key must be a plain word", "write `key: value`"));
                continue;
            }
            if (values.containsKey(key.getValue())) {
                problems.add(Problem.error(file, keyLine, "key \"" + key.getValue() + "\" is given twice",
                        "keep one of them"));
            }
            values.put(key.getValue(), tuple.getValueNode());
            keyLines.put(key.getValue(), keyLine);
        }
    }

    /**
     * Parses {@code yaml} whose first line is line {@code firstLine} of {@code file}. Returns an
     * empty map for empty YAML, and {@code null} (with a problem) when it is not a mapping.
     */
    public static YamlMap parse(String yaml, Path file, int firstLine, List<Problem> problems) {
        if (yaml.isBlank()) {
            return new YamlMap(file, firstLine, emptyMapping(), problems);
        }
        Node root;
        try {
            root = compose(yaml);
        } catch (MarkedYAMLException e) {
            var mark = lineToFix(e);
            int at = mark == null ? firstLine : mark.getLine() + firstLine;
            var context = e.getContext() == null ? "" : e.getContext() + ": ";
            problems.add(Problem.error(file, at, "YAML syntax error: " + context + e.getProblem(),
                    "check indentation, and put quotes around values containing \": \" or \"#\""));
            return null;
        } catch (YAMLException e) {
            problems.add(Problem.error(file, firstLine, "YAML error: " + e.getMessage(), ""));
            return null;
        }
        if (root == null) {
            return new YamlMap(file, firstLine, emptyMapping(), problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, root.getStartMark().getLine() + firstLine,
                    "expected `key: value` lines here", "front matter and settings are a YAML mapping"));
            return null;
        }
        return new YamlMap(file, firstLine, mapping, problems);
    }

    /**
     * The node graph of {@code yaml}, composed as {@code Yaml.compose} composes it but without
     * building a {@code Yaml} per text: its constructor and representer, never used for a node
     * graph, cost more than reading a front matter. The resolver is only read, so one serves all threads.
     */
    static Node compose(String yaml) {
        return new Composer(new ParserImpl(new StreamReader(yaml), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
    }

    private static LoaderOptions options() {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        return options;
    }

    /**
     * For an unclosed construct (a "[" or a quote left open) the problem shows up lines later, so
     * the line to fix is where it opens (the context mark); otherwise it is the problem's own line,
     * as a badly indented key inside a list whose context is the list's first line.
     */
    private static org.yaml.snakeyaml.error.Mark lineToFix(MarkedYAMLException e) {
        var context = e.getContext() == null ? "" : e.getContext();
        boolean unclosed = context.contains("flow") || context.contains("quoted")
                || (e.getProblem() != null && e.getProblem().contains("end of stream"));
        if (e.getContextMark() != null && (unclosed || e.getProblemMark() == null)) {
            return e.getContextMark();
        }
        return e.getProblemMark();
    }

    private static MappingNode emptyMapping() {
        return new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
    }

    public Path file() {
        return file;
    }

    /** The line of the mapping itself (its first key). */
    public int line() {
        return line;
    }

    /** The line of {@code key}, or of the mapping when the key is absent. */
    public int line(String key) {
        return keyLines.getOrDefault(key, line);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** A scalar's text; a problem if the value is a list or mapping. Empty when absent or null. */
    public Optional<String> string(String key) {
        var node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            var tagged = scalar.getTag().getValue();
            if (tagged.endsWith(":null") && (scalar.getValue().isEmpty() || scalar.getValue().equals("~")
                    || scalar.getValue().equals("null"))) {
                return Optional.empty();
            }
            return Optional.of(scalar.getValue());
        }
        problems.add(Problem.error(file, line(key), "\"" + key + "\" must be a single value, not a list or a mapping",
                "write `" + key + ": value`"));
        return Optional.empty();
    }

    /** A boolean; a problem if the value is not true/false. */
    public boolean flag(String key, boolean absent) {
        var text = string(key);
        if (text.isEmpty()) {
            return absent;
        }
        return switch (text.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "oui" -> true;
            case "false", "no", "non" -> false;
            default -> {
                problems.add(Problem.error(file, line(key), "\"" + key + "\" must be true or false, not \""
                        + text.get() + "\"", "write `" + key + ": true`"));
                yield absent;
            }
        };
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<String> strings(String key) {
        var node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            return string(key).map(List::of).orElse(List.of());
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(Problem.error(file, line(key), "\"" + key + "\" must be a list", "write `" + key + ": [a, b]`"));
            return List.of();
        }
        var result = new ArrayList<String>();
        for (var item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                result.add(scalar.getValue());
            } else {
                problems.add(Problem.error(file, item.getStartMark().getLine() + lineShift,
                        "each item of \"" + key + "\" must be a single value", ""));
            }
        }
        return result;
    }

    /** A nested mapping; empty when absent, a problem when the value is not a mapping. */
    public Optional<YamlMap> map(String key) {
        var node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, lineShift, mapping, problems));
        }
        problems.add(Problem.error(file, line(key), "\"" + key + "\" must be a mapping of `key: value` lines", ""));
        return Optional.empty();
    }

    /** A list of mappings (as {@code events:}); items that are not mappings are problems. */
    public List<YamlMap> maps(String key) {
        var node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(Problem.error(file, line(key), "\"" + key + "\" must be a list of `- key: value` items", ""));
            return List.of();
        }
        var result = new ArrayList<YamlMap>();
        for (var item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(file, lineShift, mapping, problems));
            } else {
                problems.add(Problem.error(file, item.getStartMark().getLine() + lineShift,
                        "each item of \"" + key + "\" must be a mapping (`- date: …`)", ""));
            }
        }
        return result;
    }

    /** Reports every key not in {@code known}, with the closest known key as a hint. */
    public void rejectUnknown(Set<String> known, String where) {
        for (var key : values.keySet()) {
            if (!known.contains(key)) {
                var closest = Suggestion.closest(key, known);
                var hint = closest.map(k -> "did you mean \"" + k + "\"?")
                        .orElse("known keys: " + String.join(", ", known.stream().sorted().toList()));
                problems.add(Problem.error(file, line(key), "unknown key \"" + key + "\" in " + where, hint));
            }
        }
    }
}
