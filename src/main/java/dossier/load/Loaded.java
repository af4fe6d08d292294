package dossier.load;

import dossier.model.Dossier;
import dossier.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What loading gave: the dossier (usable only when no problem is an error), every problem found,
 * and each article file as loaded, by absolute path (for a later load to reuse the unchanged ones).
 */
public record Loaded(Dossier dossier, List<Problem> problems, Map<Path, LoadedFile> files) {

    public Loaded {
        problems = problems.stream().sorted(Problem.BY_PLACE).toList();
        // the files by place are immutable already, and share their places with the last load's
        files = files instanceof LoadedFiles ? files : Map.copyOf(files);
    }

    public Loaded(Dossier dossier, List<Problem> problems) {
        this(dossier, problems, Map.of());
    }

    /** The raw {@code .txt} articles cleaned on the way, by file, for the report of what was inferred. */
    public List<RawArticle> cleaned() {
        return files.values().stream().map(LoadedFile::raw).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing((RawArticle r) -> r.file().toString().replace('\\', '/')))
                .toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
