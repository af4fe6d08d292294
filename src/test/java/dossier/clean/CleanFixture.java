package dossier.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A scraped page kept as a test case: {@code name.txt} as it was copied from the site, and
 * {@code name.expected.yaml} beside it saying what cleaning it must give (title, date, byline,
 * subheadings, every sentence of the article in order, every junk line).
 */
record CleanFixture(String name, String text, String title, boolean inferred, String date, String evidence,
        String author, String outlet, boolean error, List<String> headings, List<String> events,
        List<String> sentences, List<String> removed) {

    /** The five seed articles and the fixture pages, in name order. */
    static List<CleanFixture> all() {
        return Stream.of("seeds", "clean").flatMap(folder -> in(folder).stream()).toList();
    }

    static List<CleanFixture> in(String folder) {
        try (var files = Files.list(resources().resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(CleanFixture::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Spacing as the cleaner writes it, so expectations can be typed with plain spaces. */
    static String plain(String text) {
        return Line.plainSpacing(text);
    }

    private static CleanFixture read(Path txt) {
        try {
            var name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            var text = Files.readString(txt, StandardCharsets.UTF_8);
            Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(txt.resolveSibling(name + ".expected.yaml"), StandardCharsets.UTF_8));
            return new CleanFixture(name, text, (String) y.get("title"), Boolean.TRUE.equals(y.get("inferred")),
                    y.get("date") == null ? null : String.valueOf(y.get("date")), string(y, "evidence"),
                    string(y, "author"), string(y, "outlet"), Boolean.TRUE.equals(y.get("error")),
                    strings(y, "headings"), strings(y, "events"), strings(y, "sentences"), strings(y, "removed"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(Map<String, Object> y, String key) {
        return y.get(key) == null ? "" : String.valueOf(y.get(key));
    }

    private static List<String> strings(Map<String, Object> y, String key) {
        var out = new ArrayList<String>();
        if (y.get(key) instanceof List<?> list) {
            list.forEach(item -> out.add(plain(String.valueOf(item))));
        }
        return out;
    }

    private static Path resources() {
        try {
            return Path.of(CleanFixture.class.getResource("/seeds").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
