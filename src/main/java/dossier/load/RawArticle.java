package dossier.load;

import dossier.clean.CleanArticle;
import dossier.clean.DateBasis;
import dossier.model.Article;
import dossier.model.Problem;
import dossier.model.Slug;
import dossier.model.Source;
import dossier.model.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One raw scraped article after cleaning: what the cleaner made of it and the tags its text
 * names. It becomes an {@link Article} for the build, or a reviewable {@code .md} for {@code import}.
 *
 * @param file    the {@code .txt} file, relative to the project
 * @param cleaned the cleaner's result
 * @param tags    vocabulary tags the text names, most mentioned first
 */
public record RawArticle(Path file, CleanArticle cleaned, List<Tag> tags) {

    public RawArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cleaned, "cleaned");
        tags = List.copyOf(tags);
    }

    /** The article the build publishes, or {@code null} when an error (no text, no date) stops it. */
    Article toArticle(List<Problem> problems) {
        var found = problems(file.getFileName().toString().replaceFirst("\\.txt$", ".md"));
        problems.addAll(found);
        var slug = Slug.of(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        if (slug == null) {
            problems.add(Problem.error(file, 0, "the file name gives no URL word", "rename the file"));
        }
        if (slug == null || found.stream().anyMatch(Problem::isError)) {
            return null;
        }
        return new Article(slug, file, cleaned.title(), cleaned.date(), null, source(), cleaned.author(),
                tags.stream().map(Tag::slug).toList(), "", List.of(), List.of(), false, cleaned.markdown(), 1);
    }

    /**
     * The cleaner's problems and those of the date: a guessed date is a warning, a missing one an
     * error, as an article cannot be placed in the dossier without it.
     */
    List<Problem> problems(String markdownName) {
        var found = new ArrayList<>(cleaned.problems());
        if (cleaned.hasErrors()) {
            return found;
        }
        if (cleaned.date() == null) {
            found.add(Problem.error(file, 0, "no publication date found in the text",
                    "run `java -jar dossier.jar import " + file.toString().replace('\\', '/') + "` and set `date:` in "
                            + markdownName + ", then remove the .txt"));
        } else if (cleaned.dateBasis() != DateBasis.BYLINE) {
            found.add(Problem.warning(file, 0, "date " + cleaned.date() + " inferred from \"" + cleaned.dateEvidence()
                    + "\", " + cleaned.dateBasis().description(),
                    "check it, or import the file and set `date:`"));
        }
        return found;
    }

    /** The outlet as the article's source; the original URL is not in the copied text. */
    Source source() {
        return new Source(cleaned.outlet(), "");
    }

    /** One line on what was inferred and removed, as {@code build} and {@code check} print it. */
    public String inference() {
        var title = "title \"" + cleaned.title() + "\"" + (cleaned.titleInferred() ? " (derived from the first sentence)" : "");
        var date = cleaned.date() == null ? "no date"
                : "date " + cleaned.date() + " (\"" + cleaned.dateEvidence() + "\", " + cleaned.dateBasis().description() + ")";
        var source = cleaned.outlet().isEmpty() ? "no source" : "source " + cleaned.outlet();
        var author = cleaned.author().isEmpty() ? "" : ", author " + cleaned.author();
        int removed = cleaned.removed().size();
        return file.toString().replace('\\', '/') + ": cleaned: " + title + ", " + date + ", " + source + author + ", "
                + removed + (removed == 1 ? " line" : " lines") + " removed";
    }
}
