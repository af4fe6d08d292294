package dossier.clean;

import dossier.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The junk rules the cleaner applies, tried in order, and the layout limits; like jsoup's
 * {@code Safelist}, built from a named preset and extended, never changed in place.
 *
 * <p>{@link #defaults()} is {@code dossier/clean/default-rules.txt}; a dossier extends it with its
 * {@code content/clean-rules.txt} through {@link #extendedWith(Path, String, List)}.
 */
public record Rules(List<Rule> rules, Limits limits) {

    private static final String DEFAULTS_RESOURCE = "default-rules.txt";
    private static final Rules DEFAULTS = loadDefaults();

    public Rules {
        rules = List.copyOf(rules);
        Objects.requireNonNull(limits, "limits");
    }

    /** The rules every dossier starts from: links, comments, bylines, credits, promos, footers… */
    public static Rules defaults() {
        return DEFAULTS;
    }

    /** No junk rules at all, default limits: the cleaner then only rebuilds title and paragraphs. */
    public static Rules none() {
        return new Rules(List.of(), Limits.DEFAULTS);
    }

    /**
     * These rules extended by a rules file's text: its rules are tried first, its {@code off}
     * lines remove rules of these by name, its {@code limit} lines replace limits. Bad lines
     * become problems naming {@code shown} and are skipped.
     */
    public Rules extendedWith(Path shown, String text, List<Problem> problems) {
        var parsed = RulesFile.parse(shown, text, problems);
        var merged = new ArrayList<>(parsed.rules());
        rules.stream().filter(rule -> !parsed.off().contains(rule.name())).forEach(merged::add);
        return new Rules(merged, limits.with(parsed.limits()));
    }

    /** As {@link #extendedWith(Path, String, List)}, reading {@code file} as UTF-8. */
    public Rules extendedWith(Path file, Path shown, List<Problem> problems) throws IOException {
        return extendedWith(shown, Files.readString(file, StandardCharsets.UTF_8), problems);
    }

    /** The names of the rules, in order, each once: what a report or a test can refer to. */
    public List<String> names() {
        return rules.stream().map(Rule::name).distinct().toList();
    }

    private static Rules loadDefaults() {
        try (InputStream in = Rules.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dossier/clean/" + DEFAULTS_RESOURCE);
            }
            var problems = new ArrayList<Problem>();
            var rules = none().extendedWith(Path.of(DEFAULTS_RESOURCE),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
            if (!problems.isEmpty()) {
                // the defaults ship inside the jar: a bad line there is a bug, not a content problem
                throw new IllegalStateException(problems.get(0).format());
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
