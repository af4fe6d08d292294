package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The menu of {@code mvn site} and the guide's pages agree, both ways, and so do its links. */
class SiteMenuTest {

    private static final Path SITE = Path.of("src/site");
    private static final Pattern ITEM = Pattern.compile("<item name=\"[^\"]+\" href=\"([a-z-]+)\\.html\"/>");
    private static final Pattern LINK = Pattern.compile("\\]\\(([a-z-]+)\\.html(?:#[^)]*)?\\)");

    @Test
    void menuNamesEveryPageOfTheGuideAndNothingElse() throws IOException {
        var menu = new TreeSet<String>();
        ITEM.matcher(Files.readString(SITE.resolve("site.xml"), StandardCharsets.UTF_8)).results()
                .forEach(m -> menu.add(m.group(1)));
        assertEquals(pages(), menu);
    }

    @Test
    void guideLinksOnlyToItsOwnPages() throws IOException {
        var pages = pages();
        var broken = new TreeSet<String>();
        try (var files = Files.list(SITE.resolve("markdown"))) {
            for (var file : files.sorted().toList()) {
                LINK.matcher(Files.readString(file, StandardCharsets.UTF_8)).results()
                        .filter(m -> !pages.contains(m.group(1)))
                        .forEach(m -> broken.add(file.getFileName() + " → " + m.group(1) + ".html"));
            }
        }
        assertEquals(new TreeSet<String>(), broken);
    }

    private static TreeSet<String> pages() throws IOException {
        try (var files = Files.list(SITE.resolve("markdown"))) {
            var names = new TreeSet<String>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 3)));
            return names;
        }
    }
}
