package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's arrows go one way: each stage imports only the stages it is allowed to. Read
 * from the source's import lines, so a wrong arrow fails here before it spreads.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dossier");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dossier\\.([a-z]+)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bdossier\\.([a-z]+)\\.[A-Z]");

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "clean", Set.of("model"),
            "load", Set.of("model", "clean"),
            "render", Set.of("model"),
            "write", Set.of("render"),
            "serve", Set.of("model", "clean", "load", "render", "write", "cli"),
            "cli", Set.of("model", "clean", "load", "render", "write", "serve"));

    @Test
    void stagesImportOnlyTheStagesBeforeThem() throws IOException {
        var wrong = new ArrayList<String>();
        try (var files = Files.walk(SOURCES)) {
            for (var file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                var stage = SOURCES.relativize(file).getName(0).toString();
                var allowed = ALLOWED.getOrDefault(stage, Set.of());
                var text = Files.readString(file);
                for (var pattern : List.of(IMPORT, QUALIFIED)) {
                    var m = pattern.matcher(text);
                    while (m.find()) {
                        var used = m.group(1);
                        if (!used.equals(stage) && !allowed.contains(used)) {
                            wrong.add(file + " uses dossier." + used);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }

    @Test
    void everyPackageSaysItsJob() {
        var missing = ALLOWED.keySet().stream()
                .filter(stage -> Files.isDirectory(SOURCES.resolve(stage)))
                .filter(stage -> !Files.exists(SOURCES.resolve(stage).resolve("package-info.java")))
                .sorted().toList();
        assertEquals(List.of(), missing);
    }
}
