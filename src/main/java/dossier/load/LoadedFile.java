package dossier.load;

import dossier.model.Article;
import dossier.model.Problem;
import java.util.List;

/**
 * One article file as loading found it: the article ({@code null} when it could not be read) and
 * the file's own problems, and for a raw {@code .txt} file what cleaning found ({@code null} for
 * Markdown, or when cleaning failed). Kept so a later load can take the files that did not change as they were.
 */
public record LoadedFile(Article article, List<Problem> problems, RawArticle raw) {

    public LoadedFile {
        problems = List.copyOf(problems);
    }
}
