package dossier.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar dossier.jar COMMAND [options]}: build, check, serve, import.
 * Exit codes: 0 done, 1 content errors, 2 bad usage, 3 the file system failed.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar dossier.jar COMMAND [options]

              build  [--content DIR] [--templates DIR] [--out DIR] [--base-url URL] [--drafts] [--for-disk]
                     [--build-date YYYY-MM-DD]
                     build the site (defaults: content, templates, site); templates are looked up in
                     CONTENT/templates/, then --templates DIR, then the built-in theme
              check  [--content DIR]
                     report every content problem, write nothing
              import FILE.txt… [--out DIR] [--content DIR] [--force]
                     clean raw scraped articles into reviewable DIR/<name>.md (default: beside each
                     file), with the rules and tag vocabulary of --content (default: content);
                     an existing .md is replaced only with --force
              serve  [--content DIR] [--templates DIR] [--port 8080] [--drafts] [--build-date YYYY-MM-DD]
                     preview on http://127.0.0.1:PORT/ from memory: rebuilds what a change in
                     CONTENT or the templates touches and reloads open tabs; Ctrl-C stops

            an empty value (--base-url=) counts as not given; switches also take =true or =false

            exit codes: 0 done, 1 content errors, 2 bad usage, 3 input/output failure""";

    private Main() {
    }

    public static void main(String[] args) {
        var list = Arrays.asList(args);
        BatchJvm.endWithLauncher();
        System.exit(BatchJvm.run(list).orElseGet(() -> run(list, System.out, System.err)));
    }

    /** Runs a command and returns its exit code; all output goes to the given streams. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        var rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "build" -> new BuildCommand(out, err).run(rest, true);
                case "check" -> new BuildCommand(out, err).run(rest, false);
                case "import" -> new ImportCommand(out, err).run(rest);
                case "serve" -> new ServeCommand(out, err).run(rest);
                default -> throw new UsageException("unknown command \"" + args.get(0) + "\"");
            };
        } catch (UsageException e) {
            err.println("dossier: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
