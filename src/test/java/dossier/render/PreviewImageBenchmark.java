package dossier.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: draws preview images for the headlines of a content folder and prints the CPU time
 * an image. {@code java -cp target/classes:target/test-classes dossier.render.PreviewImageBenchmark
 * /tmp/dossier-bench/c10000/content/articles 2000}
 */
public final class PreviewImageBenchmark {

    private PreviewImageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var titles = titles(Path.of(args[0]), Integer.parseInt(args[1]));
        var previews = new PreviewImage();
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 12; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = 0;
            for (int i = 0; i < titles.size(); i++) {
                bytes += previews.draw("Dossier Togo–Russie : la coopération militaire en questions",
                        FrenchTypography.text(titles.get(i)), "1er janvier 2023 · Nouvelles de l’Est").length;
            }
            double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / titles.size();
            System.out.printf("round %d: %.3f ms CPU an image, %d bytes on average%n", round, ms, bytes / titles.size());
        }
    }

    private static List<String> titles(Path articles, int count) throws IOException {
        var titles = new ArrayList<String>();
        try (var files = Files.list(articles).sorted()) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (titles.size() == count) {
                    break;
                }
                for (var line : Files.readAllLines(file)) {
                    if (line.startsWith("title: ")) {
                        titles.add(line.substring(8, line.length() - 1));
                        break;
                    }
                }
            }
        }
        return titles;
    }
}
