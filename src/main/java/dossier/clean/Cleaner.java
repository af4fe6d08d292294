package dossier.clean;

import dossier.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the text of a scraped article into a {@link CleanArticle}: junk lines out by the rules,
 * the headline found (or derived), paragraphs and subheadings rebuilt, author, outlet and dates
 * read where the text states them.
 *
 * <pre>{@code var article = new Cleaner(Rules.defaults()).clean(Path.of("content/articles/x.txt"), text);}</pre>
 *
 * <p>A cleaner holds no state between calls: one instance serves a whole build, from any thread.
 */
public final class Cleaner {

    private final Rules rules;
    private final Vocabulary vocabulary;
    private final JunkFilter junk;
    private final ArticleDates dates;
    private final Sentences sentences;

    public Cleaner(Rules rules) {
        this(rules, Vocabulary.defaults());
    }

    public Cleaner(Rules rules, Vocabulary vocabulary) {
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.junk = new JunkFilter(rules);
        this.dates = new ArticleDates(vocabulary);
        this.sentences = new Sentences(vocabulary);
    }

    /**
     * Cleans {@code text}: UTF-8 already decoded, LF line endings, no byte-order mark (the loader
     * sees to that). {@code shown} is the project-relative path problems name.
     */
    public CleanArticle clean(Path shown, String text) {
        if (text.isBlank()) {
            return new CleanArticle("", false, null, "", DateBasis.NONE, "", "", List.of(), List.of(),
                    List.of(Problem.error(shown, 0, "file is empty", "paste the article's text, or remove the file")),
                    List.of());
        }
        var raw = text.split("\n", -1);
        var lines = new ArrayList<Line>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(Line.of(i + 1, raw[i]));
        }
        var filtered = junk.filter(lines);
        var kept = new ArrayList<>(filtered.kept());
        var removed = new ArrayList<>(filtered.removed());
        Navigation.trimFooter(kept, removed, rules.limits());
        var headline = takeHeadline(kept, removed);
        var paragraphs = Paragraphs.build(kept, rules.limits());
        removed.sort(Comparator.comparingInt(RemovedLine::line));
        var problems = new ArrayList<Problem>();
        if (paragraphs.stream().noneMatch(p -> !p.heading())) {
            problems.add(Problem.error(shown, 0, "file has no article text after cleaning (" + removed.size()
                    + " lines removed as junk)", "paste the article's text under its headline, or remove the file"));
            return new CleanArticle(headline == null ? "" : headline, false, null, "", DateBasis.NONE,
                    filtered.author(), filtered.outlet(), List.of(), removed, problems, List.of());
        }
        boolean inferred = headline == null;
        var title = inferred ? deriveTitle(paragraphs, shown, problems) : headline;
        var dating = dates.date(filtered.bylines(), paragraphs);
        return new CleanArticle(title, inferred, dating.date(), dating.evidence(), dating.basis(),
                filtered.author(), filtered.outlet(), paragraphs.stream().map(Paragraph::item).toList(), removed,
                problems, dating.events());
    }

    /**
     * Takes the headline out of {@code kept}, with the menu lines above it and every repetition of
     * it (pages often print the headline twice); {@code null} when there is none.
     */
    private String takeHeadline(List<Line> kept, List<RemovedLine> removed) {
        int index = Headline.find(kept, rules.limits());
        if (index < 0) {
            return null;
        }
        var headline = kept.get(index).text();
        var left = new ArrayList<Line>();
        for (int i = 0; i < kept.size(); i++) {
            var line = kept.get(i);
            if (i == index) {
                continue;
            }
            if (line.isBlank()) {
                left.add(line);
            } else if (i < index && Shape.menuLike(line.text(), rules.limits().menuWords())) {
                removed.add(new RemovedLine(line.number(), line.text(), "navigation"));
            } else if (Headline.same(headline, line.text())) {
                removed.add(new RemovedLine(line.number(), line.text(), "repeated-headline"));
            } else {
                left.add(line);
            }
        }
        kept.clear();
        kept.addAll(left);
        return headline;
    }

    private String deriveTitle(List<Paragraph> paragraphs, Path shown, List<Problem> problems) {
        var first = paragraphs.stream().filter(p -> !p.heading()).findFirst().orElseThrow();
        var sentence = sentences.split(first.text()).get(0).text();
        var title = Headline.derive(sentence, rules.limits().titleChars(), vocabulary.trailingWords());
        problems.add(Problem.warning(shown, first.lines().get(0), "no headline: derived one from the first sentence",
                "check the title \"" + title + "\", or put the headline on the first line"));
        return title;
    }
}
