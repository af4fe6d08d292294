package dossier.load;

import dossier.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a load against those of the load before, when all that changed is a few records
 * read again from the same files, in the same places: what a writer saving an article makes. Found
 * by comparing the two lists' records by identity (the files not read again keep theirs), so the
 * dossier-wide work of the load can be redone for the edited articles only.
 *
 * <p>{@code before.get(i)} is the record that {@code after.get(i)} replaces, read from the same file.
 */
record ArticleEdits(List<Article> before, List<Article> after) {

    /** Past this many edited articles in one load, the dossier-wide work is done whole again. */
    static final int MOST = 64;

    ArticleEdits {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * The records of {@code now} that replace those of {@code last} (both in file order); null when
     * an article came or went, a file holds another article's place, or more than {@link #MOST} changed.
     */
    static ArticleEdits between(List<Article> last, List<Article> now) {
        if (last == null || last.size() != now.size()) {
            return null;
        }
        var before = new ArrayList<Article>();
        var after = new ArrayList<Article>();
        for (int i = 0; i < now.size(); i++) {
            var was = last.get(i);
            var is = now.get(i);
            if (was != is) {
                if (before.size() == MOST || !was.file().equals(is.file())) {
                    return null;
                }
                before.add(was);
                after.add(is);
            }
        }
        return new ArticleEdits(before, after);
    }

    /** Whether each edited article keeps its slug and its aliases, so every article's URLs are those of before. */
    boolean sameUrls() {
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).slug().equals(after.get(i).slug()) || !before.get(i).aliases().equals(after.get(i).aliases())) {
                return false;
            }
        }
        return true;
    }

    /** Whether each edited article is a draft after the edit just when it was before. */
    boolean sameDrafts() {
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).draft() != after.get(i).draft()) {
                return false;
            }
        }
        return true;
    }
}
