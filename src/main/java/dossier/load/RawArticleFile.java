package dossier.load;

import dossier.clean.Cleaner;
import dossier.clean.Rules;
import dossier.clean.TagSuggester;
import dossier.model.Problem;
import dossier.model.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Cleans the raw scraped articles of one dossier ({@code content/articles/*.txt}) with the
 * default rules extended by the dossier's {@code content/clean-rules.txt}, and suggests tags
 * from its vocabulary. Holds no state between files, so one instance serves a parallel load.
 */
public final class RawArticleFile {

    /** The dossier's own cleaning rules, beside {@code dossier.yaml}; same format as the defaults. */
    public static final String RULES_FILE = "clean-rules.txt";
    /** Tags suggested at most: the most mentioned come first, so the cap keeps what the article is about. */
    static final int MAX_TAGS = 5;

    private final Rules rules;
    /** Made for the first raw file: a dossier of Markdown only never pays for its dictionaries and patterns. */
    private Cleaner cleaner;
    private final TagSuggester suggester;
    private final List<Tag> vocabulary;

    private RawArticleFile(Rules rules, List<Tag> vocabulary) {
        this.rules = rules;
        this.suggester = new TagSuggester(vocabulary);
        this.vocabulary = List.copyOf(vocabulary);
    }

    /**
     * The cleaner of the dossier in {@code content}, tagging with {@code vocabulary}; a bad line of
     * its rules file is a problem (named through {@code shown}) and is skipped.
     */
    static RawArticleFile of(Path content, List<Tag> vocabulary, UnaryOperator<Path> shown, List<Problem> problems)
            throws IOException {
        var rulesPath = content.resolve(RULES_FILE);
        var rules = Rules.defaults();
        if (Files.isRegularFile(rulesPath)) {
            var text = TextFile.read(rulesPath, shown.apply(rulesPath), problems);
            if (text != null) {
                rules = rules.extendedWith(text.file(), text.text(), problems);
            }
        }
        return new RawArticleFile(rules, vocabulary);
    }

    /**
     * The cleaner {@code import} uses: the rules and the tag vocabulary of the dossier in
     * {@code content} when there is one there, else the defaults and no tags.
     */
    public static RawArticleFile forImport(Path content, UnaryOperator<Path> shown, List<Problem> problems)
            throws IOException {
        var settingsPath = content.resolve("dossier.yaml");
        List<Tag> vocabulary = List.of();
        if (Files.isRegularFile(settingsPath)) {
            vocabulary = Optional.ofNullable(TextFile.read(settingsPath, shown.apply(settingsPath), problems))
                    .map(t -> SettingsFile.parse(t.text(), t.file(), problems).vocabulary()).orElse(List.of());
        }
        return of(content, vocabulary, shown, problems);
    }

    /** Cleans one file's text and suggests its tags. */
    public RawArticle clean(TextFile file) {
        var cleaned = cleaner().clean(file.file(), file.text());
        var slugs = suggester.suggest(cleaned);
        var tags = slugs.stream().limit(MAX_TAGS)
                .map(slug -> vocabulary.stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow())
                .toList();
        return new RawArticle(file.file(), cleaned, tags);
    }

    /** Raw files are read on several threads at once: the first to need the cleaner makes it for all. */
    private synchronized Cleaner cleaner() {
        if (cleaner == null) {
            cleaner = new Cleaner(rules);
        }
        return cleaner;
    }
}
