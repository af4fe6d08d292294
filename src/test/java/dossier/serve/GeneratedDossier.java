package dossier.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small dossier written into a folder: enough articles, with a page size of three, that the
 * index and tags have several pages, related articles overlap, events merge across articles and
 * the curated chronology cites an article.
 */
final class GeneratedDossier {

    static final List<String> TAGS = List.of("Russie", "Togo", "sécurité", "énergie", "diplomatie");

    private GeneratedDossier() {
    }

    static Path write(Path folder, int count) throws IOException {
        var content = folder.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("dossier.yaml"), """
                title: "Dossier généré"
                description: "Un dossier pour comparer reconstruction partielle et complète."
                language: fr
                baseUrl: "https://example.org/essai/"
                timezone: Africa/Lome
                pageSize: 3
                tags:
                  - label: Russie
                  - label: Togo
                  - label: sécurité
                  - label: énergie
                  - label: diplomatie
                """);
        Files.writeString(content.resolve("chronologie.yaml"), """
                events:
                  - date: "2024-02"
                    title: "Une délégation arrive à Lomé"
                    sources: [article-07]
                """);
        for (int i = 1; i <= count; i++) {
            article(content, i, "Article numéro " + i, "2024-%02d-%02d".formatted(1 + i % 12, 1 + i % 27), tagsOf(i), i % 4 == 0);
        }
        return content;
    }

    static List<String> tagsOf(int i) {
        return List.of(TAGS.get(i % 5), TAGS.get((i * 3 + 1) % 5));
    }

    /** Writes article {@code i}; every fourth one reports the shared summit, so its event merges with others. */
    static Path article(Path content, int i, String title, String date, List<String> tags, boolean summit) throws IOException {
        var events = summit ? """
                events:
                  - date: "2024-05-01"
                    title: "Sommet de Sotchi"
                  - date: "%s"
                    title: "Fait propre à l'article %d"
                """.formatted(date, i) : "";
        var text = """
                ---
                title: "%s"
                date: %s
                source:
                  name: "Journal %d"
                tags: [%s]
                summary: "Le résumé de l'article %d."
                %s---
                Le corps de l'article %d : un texte « court ».
                """.formatted(title, date, i % 3, String.join(", ", tags), i, events, i);
        var file = content.resolve("articles").resolve(name(i));
        Files.writeString(file, text);
        return file;
    }

    static String name(int i) {
        return "article-%02d.md".formatted(i);
    }

    /** Gives article {@code i}, as written by {@link #article}, another body. */
    static Path body(Path content, int i, String body) throws IOException {
        var file = content.resolve("articles").resolve(name(i));
        var text = Files.readString(file);
        var start = text.indexOf("\n---\n") + 1;
        Files.writeString(file, text.substring(0, start) + "---\n" + body + "\n");
        return file;
    }

    /** {@code count} made-up words (letters drawn from {@code seed}), so the search index has many terms. */
    static String words(long seed, int count) {
        var random = new java.util.Random(seed);
        var words = new java.util.ArrayList<String>();
        for (int n = 0; n < count; n++) {
            var word = new StringBuilder();
            for (int j = 0, length = 4 + random.nextInt(6); j < length; j++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return String.join(" ", words) + ".";
    }
}
