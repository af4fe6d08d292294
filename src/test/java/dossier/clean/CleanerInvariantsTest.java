package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whatever the page, no text disappears unaccounted for: each line ends up in the title, in the
 * body or in the list of removed lines. Checked on pages shuffled together from the fixtures'
 * lines, with odd spacing thrown in, so shapes nobody wrote a fixture for are covered too.
 */
class CleanerInvariantsTest {

    private static final String ODD = "\u00a0\u202f\t\u200b\u2060 ";
    private final Cleaner cleaner = new Cleaner(Rules.defaults());

    @Test
    void everyLineEndsUpInTheArticleOrInTheRemovedList() {
        var random = new Random(2025);
        var pool = CleanFixture.all().stream().flatMap(f -> f.text().lines()).toList();
        for (int page = 0; page < 300; page++) {
            var lines = new ArrayList<String>();
            int size = 1 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                var line = random.nextInt(6) == 0 ? "" : pool.get(random.nextInt(pool.size()));
                lines.add(random.nextInt(4) == 0 ? ODD.charAt(random.nextInt(ODD.length())) + line : line);
            }
            var text = String.join("\n", lines);
            assertAccountedFor(text, cleaner.clean(Path.of("page" + page + ".txt"), text));
        }
    }

    @Test
    void aHugeArticleIsCleanedInReasonableTime() {
        var paragraph = CleanFixture.all().get(0).text().lines().filter(l -> l.length() > 200).findFirst().orElseThrow();
        var text = Collections.nCopies(8_000, paragraph + "\nLire aussi : un autre article\n").stream()
                .collect(Collectors.joining());
        var article = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cleaner.clean(Path.of("big.txt"), text));
        assertEquals(8_000, article.removed().size());
    }

    private static void assertAccountedFor(String text, CleanArticle article) {
        var removed = article.removed().stream().map(RemovedLine::line).collect(Collectors.toSet());
        var body = article.paragraphs().stream().map(p -> p.startsWith("## ") ? p.substring(3) : p)
                .collect(Collectors.joining("\n"));
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = Line.plainSpacing(lines[i]).replaceFirst("^#{1,6} +", "");
            if (line.isEmpty() || removed.contains(i + 1)) {
                continue;
            }
            boolean kept = (!article.titleInferred() && line.equals(article.title())) || body.contains(line);
            assertTrue(kept, "line " + (i + 1) + " lost: " + line + "\n--- page:\n" + text);
        }
        assertEquals(List.copyOf(article.removed().stream().map(RemovedLine::line).sorted().toList()),
                article.removed().stream().map(RemovedLine::line).toList(), "removed lines in file order");
    }
}
