package dossier.cli;

import dossier.load.BuildOptions;
import dossier.render.Templates;
import dossier.serve.Preview;
import dossier.serve.PreviewBuild;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: the live preview on 127.0.0.1 until Ctrl-C. */
final class ServeCommand {

    private static final Set<String> VALUED = Set.of("--content", "--templates", "--port", "--build-date");
    private static final Set<String> SWITCHES = Set.of("--drafts");
    private static final int DEFAULT_PORT = 8080;

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        var arguments = Arguments.parse(args, VALUED, SWITCHES);
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + arguments.positional().get(0) + "\"");
        }
        var content = Path.of(arguments.option("--content").orElse("content"));
        if (!Files.isDirectory(content)) {
            throw new UsageException("no content folder at " + content + " (use --content DIR)");
        }
        var folders = TemplateFolders.of(content, arguments.option("--templates")).folders();
        var build = new PreviewBuild(content, folders, new BuildOptions(arguments.has("--drafts"), false, null),
                arguments.date("--build-date").orElse(null));
        var watched = new ArrayList<Path>(List.of(content));
        folders.stream().filter(f -> !f.toAbsolutePath().normalize().startsWith(content.toAbsolutePath().normalize()))
                .forEach(watched::add);
        try {
            var preview = Preview.start(build, port(arguments.option("--port").orElse(null)), watched, out, err);
            out.println("dossier: serving http://127.0.0.1:" + preview.port() + "/ (Ctrl-C stops)");
            var stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    preview.close();
                } catch (IOException e) {
                    err.println("dossier: input/output failure while stopping: " + e.getMessage());
                }
                stopped.countDown();
            }, "dossier-stop"));
            stopped.await();
            return 0;
        } catch (Templates.TemplateException e) {
            err.println("dossier: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("dossier: input/output failure: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int port(String text) {
        if (text == null) {
            return DEFAULT_PORT;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
            throw new UsageException("--port \"" + text + "\" is not a port number (0 to 65535; 0 picks a free one)");
        }
        return Integer.parseInt(text);
    }
}
