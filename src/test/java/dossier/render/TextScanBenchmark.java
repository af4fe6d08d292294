package dossier.render;

import dossier.model.Slug;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Not a test: runs the passes that read every char of every body (reading text, reading time,
 * French typography, folded words, search documents and index, the Markdown parse) over the
 * bodies of a content folder and prints the CPU time of each, so a change to one is judged on
 * real text rather than on a whole build's noise. After {@code mvn package}: {@code java -cp
 * target/dossier.jar:target/test-classes dossier.render.TextScanBenchmark
 * /tmp/dossier-bench/c10000/content/articles 3000}
 */
public final class TextScanBenchmark {

    private static final int ROUNDS = 8;

    private TextScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var bodies = bodies(Path.of(args[0]), Integer.parseInt(args[1]));
        var markdown = new MarkdownRenderer();
        var html = bodies.stream().map(b -> markdown.parse(b).body().html()).toList();
        var sources = bodies.stream().map(b -> new SearchIndex.Source("L’accord de coopération", b)).toList();
        time("reading text", bodies, b -> PlainText.of(b).length());
        time("reading time", bodies, ArticlePage::readingMinutes);
        time("French typography", html, h -> FrenchTypography.html(h).length());
        time("folded words", bodies, b -> Slug.words(b, ' ').length());
        time("search document", bodies, b -> SearchShards.document("../articles/x/", "L’accord « signé »",
                "7 octobre 2025", "2025-10-07", b.toCharArray()).length);
        // the index counts documents in parallel: timed on the whole process's CPU
        time("search index", List.of(sources), s -> SearchIndex.of(s).postings().size(), true);
        time("Markdown parse", bodies, b -> markdown.parse(b).body().html().length());
    }

    private static <T> void time(String name, List<T> inputs, ToLongFunction<T> work) {
        time(name, inputs, work, false);
    }

    /**
     * Prints the least CPU time of the last rounds of {@code work} over all inputs, the first rounds
     * warming up: this thread's, or the whole process's when the work runs on several threads.
     */
    private static <T> void time(String name, List<T> inputs, ToLongFunction<T> work, boolean process) {
        var threads = ManagementFactory.getThreadMXBean();
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        LongSupplier clock = process ? system::getProcessCpuTime : threads::getCurrentThreadCpuTime;
        double best = Double.MAX_VALUE;
        long check = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long cpu = clock.getAsLong();
            for (var input : inputs) {
                check += work.applyAsLong(input);
            }
            if (round >= ROUNDS / 2) {
                best = Math.min(best, (clock.getAsLong() - cpu) / 1e6);
            }
        }
        System.out.printf("%-18s %8.2f ms CPU a pass (check %d)%n", name, best, check);
    }

    private static List<String> bodies(Path articles, int count) throws IOException {
        var bodies = new ArrayList<String>();
        try (var files = Files.list(articles).sorted()) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (bodies.size() == count) {
                    break;
                }
                var text = Files.readString(file);
                int end = text.indexOf("\n---", 3);
                bodies.add(end < 0 ? text : text.substring(end + 4));
            }
        }
        return bodies;
    }
}
