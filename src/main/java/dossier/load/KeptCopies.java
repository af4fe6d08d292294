package dossier.load;

import dossier.clean.DuplicatePair;
import dossier.clean.NearDuplicateIndex;
import dossier.model.Article;
import dossier.model.Problem;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The republished copies as the preview's loader keeps them from one load to the next: the
 * near-duplicate index of the articles, and the groups and warnings of the last load, taken
 * again when an edit leaves every pair of near duplicates as it was and touches none of them.
 */
final class KeptCopies {

    private final NearDuplicateIndex duplicates = new NearDuplicateIndex();
    /** The record each file was put in the index as. */
    private final Map<String, Article> indexed = new HashMap<>();
    private Boolean copiesDrafts;
    private Map<Slug, Slug> copyOf = Map.of();
    private List<Problem> copyWarnings = List.of();
    private List<DuplicatePair> copyPairs = List.of();

    /**
     * The republished copies among {@code articles}, as {@link Republications#find} finds them;
     * {@code edit}: what this load's articles replace of the last load's (null: unknown).
     */
    Map<Slug, Slug> of(List<Article> articles, boolean drafts, List<Problem> problems, ArticleEdits edit) {
        var warnings = kept(drafts, edit);
        if (warnings == null) {
            warnings = new ArrayList<>();
            copyOf = Republications.find(articles, drafts, warnings, duplicates, indexed);
            copyPairs = duplicates.pairs();
        }
        copiesDrafts = drafts;
        copyWarnings = List.copyOf(warnings);
        problems.addAll(copyWarnings);
        return copyOf;
    }

    /**
     * The warnings of last time, when the edited records (put in the index here) are in no pair of
     * near duplicates, neither before nor now, and the pairs are those of last time: then the groups
     * of copies are the same articles as before. Null otherwise.
     */
    private List<Problem> kept(boolean drafts, ArticleEdits edit) {
        if (edit == null || !edit.sameDrafts() || !Boolean.valueOf(drafts).equals(copiesDrafts)) {
            return null;
        }
        var ids = new HashSet<String>();
        for (var article : edit.after()) {
            if (drafts || !article.draft()) {
                Republications.index(article, duplicates, indexed);
                ids.add(article.file().toString());
            }
        }
        var pairs = duplicates.pairs();
        boolean kept = pairs.equals(copyPairs)
                && pairs.stream().noneMatch(pair -> ids.contains(pair.first()) || ids.contains(pair.second()));
        copyPairs = pairs;
        return kept ? copyWarnings : null;
    }
}
