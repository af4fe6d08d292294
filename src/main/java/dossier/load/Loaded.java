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
        files = Map.copyOf(files);
    }

    public Loaded(Dossier dossier, List<Problem> problems) {
        this(dossier, problems, Map.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
