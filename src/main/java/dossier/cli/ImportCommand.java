package dossier.cli;

import dossier.clean.RemovedLine;
import dossier.load.ImportedMarkdown;
import dossier.load.RawArticle;
import dossier.load.RawArticleFile;
import dossier.load.TextFile;
import dossier.model.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code import FILE.txt… [--out DIR] [--content DIR] [--force]}: cleans raw articles into
 * reviewable {@code .md} files ({@code DIR/<name>.md}, by default beside each input) and reports
 * what was inferred and what was removed, line by line, for the editor to check.
 */
final class ImportCommand {

    private static final Set<String> VALUED = Set.of("--out", "--content");
    private static final Set<String> SWITCHES = Set.of("--force");

    private final PrintStream out;
    private final PrintStream err;
    private final Path root = Path.of("").toAbsolutePath();

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        var arguments = Arguments.parse(args, VALUED, SWITCHES);
        var inputs = arguments.positional().stream().map(Path::of).toList();
        if (inputs.isEmpty()) {
            throw new UsageException("import needs at least one .txt file");
        }
        for (var input : inputs) {
            if (!input.getFileName().toString().endsWith(".txt")) {
                throw new UsageException(input + " is not a .txt file (import reads raw scraped text)");
            }
            if (!Files.isRegularFile(input)) {
                throw new UsageException("no file at " + input);
            }
        }
        var outDir = arguments.option("--out").map(Path::of);
        var targets = inputs.stream().map(input -> outDir.orElse(input.toAbsolutePath().getParent())
                .resolve(input.getFileName().toString().replaceFirst("\\.txt$", ".md"))).toList();
        if (!arguments.has("--force")) {
            var existing = targets.stream().filter(Files::exists).map(this::shown).toList();
            if (!existing.isEmpty()) {
                existing.forEach(t -> err.println("dossier: " + t + " already exists (use --force to replace it)"));
                err.println("dossier: nothing written");
                return 1;
            }
        }
        try {
            return importAll(inputs, targets, Path.of(arguments.option("--content").orElse("content")));
        } catch (IOException | UncheckedIOException e) {
            err.println("dossier: input/output failure: " + e.getMessage());
            return 3;
        }
    }

    private int importAll(List<Path> inputs, List<Path> targets, Path content) throws IOException {
        var problems = new ArrayList<Problem>();
        var cleaner = RawArticleFile.forImport(content, this::shown, problems);
        problems.forEach(p -> err.println(p.format()));
        int failed = (int) problems.stream().filter(Problem::isError).count();
        for (int i = 0; i < inputs.size(); i++) {
            var fileProblems = new ArrayList<Problem>();
            var text = TextFile.read(inputs.get(i), shown(inputs.get(i)), fileProblems);
            var raw = text == null ? null : cleaner.clean(text);
            if (raw != null) {
                fileProblems.addAll(raw.cleaned().problems());
            }
            fileProblems.forEach(p -> err.println(p.format()));
            if (raw == null || raw.cleaned().hasErrors()) {
                failed++;
                continue;
            }
            Files.createDirectories(targets.get(i).toAbsolutePath().getParent());
            Files.writeString(targets.get(i), ImportedMarkdown.of(raw), StandardCharsets.UTF_8);
            report(raw, targets.get(i));
        }
        out.println("dossier: " + (inputs.size() - failed) + " of " + inputs.size() + " imported"
                + (failed > 0 ? ", " + failed + " failed" : ""));
        return failed > 0 ? 1 : 0;
    }

    private void report(RawArticle raw, Path target) {
        var cleaned = raw.cleaned();
        out.println(raw.file().toString().replace('\\', '/') + " -> " + shown(target).toString().replace('\\', '/'));
        out.println("  title: " + cleaned.title() + (cleaned.titleInferred() ? " (derived from the first sentence: check it)" : ""));
        out.println("  date: " + (cleaned.date() == null ? "none found: set `date:` before building"
                : cleaned.date() + " from \"" + cleaned.dateEvidence() + "\" (" + cleaned.dateBasis().description() + ")"));
        out.println("  author: " + orNone(cleaned.author()) + ", source: " + orNone(cleaned.outlet()));
        out.println("  tags: " + (raw.tags().isEmpty() ? "none suggested"
                : String.join(", ", raw.tags().stream().map(dossier.model.Tag::label).toList())));
        out.println("  events: " + cleaned.events().size() + " candidates, commented out in the front matter");
        out.println("  removed " + cleaned.removed().size() + (cleaned.removed().size() == 1 ? " line" : " lines")
                + (cleaned.removed().isEmpty() ? "" : ":"));
        for (RemovedLine line : cleaned.removed()) {
            out.println("    " + line.line() + " (" + line.rule() + "): " + line.text());
        }
        if (target.toAbsolutePath().normalize().getParent().equals(raw.file().toAbsolutePath().normalize().getParent())) {
            out.println("  review it, then remove " + raw.file().getFileName()
                    + ": both files in articles/ would claim the same URL");
        }
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none stated" : text;
    }

    /** The path as the editor typed it, relative to the working folder when inside it. */
    private Path shown(Path file) {
        var absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }
}
