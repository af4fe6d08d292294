package dossier.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * How well one cleaned page matches its expectation, counted the way the score test adds up:
 * article sentences found in the body in order, junk lines removed, article lines removed by mistake.
 */
record FixtureScore(int sentences, int sentencesKept, int junk, int junkDropped, int wronglyRemoved,
        boolean titleRight, List<String> missing) {

    static FixtureScore of(CleanFixture fixture, CleanArticle article) {
        var body = String.join("\n", article.paragraphs().stream().filter(p -> !p.startsWith("## ")).toList());
        var missing = new ArrayList<String>();
        int from = 0;
        int kept = 0;
        for (var sentence : fixture.sentences()) {
            int at = body.indexOf(sentence, from);
            if (at < 0) {
                missing.add("sentence: " + sentence);
            } else {
                kept++;
                from = at + sentence.length();
            }
        }
        var removed = new ArrayList<>(article.removed().stream().map(r -> CleanFixture.plain(r.text())).toList());
        int dropped = 0;
        for (var junk : fixture.removed()) {
            if (removed.remove(junk)) {
                dropped++;
            } else {
                missing.add("junk kept: " + junk);
            }
        }
        removed.forEach(line -> missing.add("removed by mistake: " + line));
        return new FixtureScore(fixture.sentences().size(), kept, fixture.removed().size(), dropped, removed.size(),
                fixture.title().equals(article.title()), missing);
    }
}
