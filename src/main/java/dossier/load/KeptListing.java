package dossier.load;

import dossier.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The listing of articles/ that the preview's loader keeps from one load to the next: when the
 * files that changed are all plain files listed last time and still there, no file came or went,
 * and the folder need not be listed again (tens of thousands of look-ups for one edit).
 */
final class KeptListing {

    /** Lists a folder as {@link ContentFiles#list} does. */
    interface Listing {
        List<Path> list(List<Problem> problems) throws IOException;
    }

    private List<Path> files;
    private Set<Path> listed = Set.of();
    private List<Problem> problems = List.of();
    private Set<Path> changed;

    /** The files (absolute) that changed since the last load; null: unknown, so the next load lists the folder. */
    void changed(Set<Path> changed) {
        this.changed = changed == null ? null : Set.copyOf(changed);
    }

    /** The folder's files as {@code listing} gives them, or as last time when only listed plain files changed. */
    List<Path> of(Listing listing, List<Problem> problems) throws IOException {
        var known = changed;
        changed = null;
        if (files == null || known == null || !known.stream().allMatch(this::stillListed)) {
            var found = new ArrayList<Problem>();
            files = List.copyOf(listing.list(found));
            this.problems = List.copyOf(found);
            var set = new HashSet<Path>();
            files.forEach(file -> set.add(file.toAbsolutePath().normalize()));
            listed = set;
        }
        problems.addAll(this.problems);
        return files;
    }

    private boolean stillListed(Path file) {
        return listed.contains(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
