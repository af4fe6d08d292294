package dossier;

import dossier.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line on a fixture dossier of {@code src/test/resources/fixtures/<name>/} and
 * keeps what it printed, its exit code and the site it wrote.
 */
public record FixtureBuild(int exitCode, String out, String err, Path site) {

    /** Fixture builds happen on a fixed day, so "upcoming" events do not change with the calendar. */
    public static final String BUILD_DATE = "2025-12-01";

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** Builds fixture {@code name} into {@code site} with extra command-line arguments. */
    public static FixtureBuild build(String name, Path site, String... extra) {
        var args = new ArrayList<>(List.of("build", "--content", FIXTURES.resolve(name).resolve("content").toString(),
                "--templates", "templates", "--out", site.toString(), "--build-date", BUILD_DATE));
        args.addAll(List.of(extra));
        return run(args, site);
    }

    public static FixtureBuild run(List<String> args, Path site) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new FixtureBuild(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), site);
    }

    public String page(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    /** The problem lines printed, without the closing summary line. */
    public List<String> problems() {
        return err.lines().filter(l -> !l.startsWith("dossier:")).toList();
    }
}
