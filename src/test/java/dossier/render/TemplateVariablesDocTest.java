package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's page on templates lists every variable of every view record, and nothing else:
 * adding a component to a record in {@link Views} or {@link PageViews} fails here until the
 * guide says what it holds.
 */
class TemplateVariablesDocTest {

    private static final Path GUIDE = Path.of("src/site/markdown/templates.md");
    private static final Path THEME = Path.of("templates");
    private static final Pattern SECTION = Pattern.compile("^### `([A-Za-z]+)`", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|", Pattern.MULTILINE);

    @Test
    void guideListsExactlyTheVariablesOfEachViewRecord() throws IOException {
        var documented = documented(Files.readString(GUIDE, StandardCharsets.UTF_8));
        var wrong = new ArrayList<String>();
        viewRecords().forEach((name, variables) -> {
            var listed = documented.get(name);
            if (listed == null) {
                wrong.add(GUIDE + ": no section \"### `" + name + "`\" (add one with a row per variable: " + variables + ")");
            } else if (!listed.equals(variables)) {
                wrong.add(GUIDE + ": section " + name + " lists " + listed + " but the record has " + variables
                        + " (add or remove rows `| `name` | type | meaning |`)");
            }
        });
        documented.keySet().stream().filter(name -> !viewRecords().containsKey(name))
                .forEach(name -> wrong.add(GUIDE + ": section " + name + " documents no view record (remove it)"));
        assertEquals(List.of(), wrong);
    }

    @Test
    void guideNamesEveryTemplateOfTheDefaultTheme() throws IOException {
        var guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        try (var files = Files.list(THEME)) {
            var missing = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".peb"))
                    .filter(n -> !guide.contains("`" + n + "`")).sorted().toList();
            assertEquals(List.of(), missing);
        }
    }

    /** Section name → the variable names of its table rows. */
    private static Map<String, TreeSet<String>> documented(String guide) {
        var sections = new LinkedHashMap<String, TreeSet<String>>();
        var matcher = SECTION.matcher(guide);
        var starts = new ArrayList<int[]>();
        var names = new ArrayList<String>();
        while (matcher.find()) {
            starts.add(new int[] {matcher.start(), matcher.end()});
            names.add(matcher.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : guide.length();
            var next = guide.indexOf("\n## ", starts.get(i)[1]);
            var body = guide.substring(starts.get(i)[1], next >= 0 && next < end ? next : end);
            var rows = new TreeSet<String>();
            ROW.matcher(body).results().forEach(r -> rows.add(r.group(1)));
            sections.put(names.get(i), rows);
        }
        return sections;
    }

    /** Each view record → its components, plus the public no-argument methods templates can read. */
    private static Map<String, TreeSet<String>> viewRecords() {
        var records = new TreeMap<String, TreeSet<String>>();
        Stream.concat(Arrays.stream(Views.class.getDeclaredClasses()), Arrays.stream(PageViews.class.getDeclaredClasses()))
                .filter(Class::isRecord)
                .forEach(type -> {
                    var variables = new TreeSet<String>();
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(variables::add);
                    Arrays.stream(type.getDeclaredMethods()).filter(TemplateVariablesDocTest::readable)
                            .map(Method::getName).forEach(variables::add);
                    records.put(type.getSimpleName(), variables);
                });
        return records;
    }

    private static boolean readable(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 0
                && !List.of("toString", "hashCode").contains(method.getName());
    }
}
