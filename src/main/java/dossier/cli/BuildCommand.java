package dossier.cli;

import dossier.load.BuildOptions;
import dossier.load.ChronologyCandidates;
import dossier.load.ContentLoader;
import dossier.load.Loaded;
import dossier.load.ThemeFiles;
import dossier.model.Problem;
import dossier.render.SiteRenderer;
import dossier.render.Templates;
import dossier.write.SiteLookahead;
import dossier.write.SiteWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code build} and {@code check}: load, then (for build) render and write; problems printed sorted. */
final class BuildCommand {

    private static final Set<String> VALUED = Set.of("--content", "--templates", "--out", "--base-url", "--build-date");
    private static final Set<String> SWITCHES = Set.of("--drafts", "--for-disk");

    private final PrintStream out;
    private final PrintStream err;

    BuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args, boolean write) {
        var arguments = Arguments.parse(args, write ? VALUED : Set.of("--content"), write ? SWITCHES : Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + arguments.positional().get(0) + "\"");
        }
        var content = Path.of(arguments.option("--content").orElse("content"));
        var site = Path.of(arguments.option("--out").orElse("site"));
        var options = new BuildOptions(arguments.has("--drafts"), arguments.has("--for-disk"),
                arguments.option("--base-url").map(BuildCommand::baseUrl).orElse(null));
        if (!Files.isDirectory(content)) {
            throw new UsageException("no content folder at " + content + " (use --content DIR)");
        }
        var folders = TemplateFolders.of(content, arguments.option("--templates")).folders();
        try {
            long start = System.nanoTime();
            // what the site folder holds is read while the content loads
            var lookahead = write ? SiteLookahead.start(site) : null;
            var loaded = new ContentLoader(Path.of("")).load(content, options);
            // check also notes the dates of the text that are no event yet; build keeps quiet about them
            var notes = write || loaded.hasErrors() ? List.<Problem>of() : new ChronologyCandidates().find(loaded.dossier());
            report(loaded, notes);
            if (loaded.hasErrors()) {
                err.println("dossier: " + errorCount(loaded) + ", nothing written");
                return 1;
            }
            if (!write) {
                out.println("dossier: " + plural(loaded.dossier().articles().size(), "article") + " checked, no error"
                        + (notes.isEmpty() ? "" : ", " + plural(notes.size(), "date") + " not in the chronology"));
                return 0;
            }
            var dossier = loaded.dossier();
            var renderer = new SiteRenderer(new Templates(folders), ThemeFiles.assets(folders),
                    today(dossier, arguments.date("--build-date")));
            // each file is written as it is rendered: the whole site is never in memory at once
            var written = new SiteWriter().write(sink -> renderer.render(dossier, sink), lookahead);
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println("dossier: " + plural(dossier.articles().size(), "article") + ", " + written.files() + " files ("
                    + written.changed() + " changed) written to " + site + " in " + millis + " ms");
            return 0;
        } catch (Templates.TemplateException e) {
            err.println("dossier: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("dossier: input/output failure: " + e.getMessage());
            return 3;
        }
    }

    private void report(Loaded loaded, List<Problem> notes) {
        loaded.cleaned().forEach(raw -> out.println(raw.inference()));
        java.util.stream.Stream.concat(loaded.problems().stream(), notes.stream())
                .sorted(Problem.BY_PLACE)
                .forEach(problem -> err.println(problem.format()));
    }

    private static String errorCount(Loaded loaded) {
        return plural(loaded.problems().stream().filter(Problem::isError).count(), "error");
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    private static URI baseUrl(String text) {
        try {
            var uri = URI.create(text.endsWith("/") ? text : text + "/");
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException("--base-url \"" + text + "\" is not an absolute http(s) URL");
    }

    /**
     * The build date, which decides what is still to come: {@code --build-date} when given, else
     * SOURCE_DATE_EPOCH (reproducible builds), else today in the dossier's time zone.
     */
    private static LocalDate today(dossier.model.Dossier dossier, java.util.Optional<LocalDate> given) {
        if (given.isPresent()) {
            return given.get();
        }
        var epoch = System.getenv("SOURCE_DATE_EPOCH");
        var zone = dossier.settings().timeZone();
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), zone);
        }
        return LocalDate.now(zone);
    }
}
