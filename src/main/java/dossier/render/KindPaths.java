package dossier.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paths each kind of output gave at the last update, to put an update's files together from
 * the last ones without hashing every path of the site: most kinds give the very list of last time
 * (or an equal one), so only the few whose list differs (a search shard more, a tag page less)
 * are compared, and their paths added or removed.
 */
final class KindPaths {

    private List<List<SitePath>> byKind = List.of();
    /** How many files the last update gave, sitemap included. */
    private int files = -1;

    /** What an update changes in the paths of the site: none added or removed when {@code same}. */
    record Moved(boolean same, Set<SitePath> added, Set<SitePath> removed) {
    }

    /**
     * The paths {@code now} (by kind, in the kinds' order) adds and removes against those of the
     * last update, when {@code previous} holds as many files as the last update gave; null when
     * that cannot be told so (the first update, another number of files, a path moving from one kind to another).
     */
    synchronized Moved moved(List<List<SitePath>> now, List<OutputFile> previous) {
        var was = byKind;
        byKind = List.copyOf(now);
        if (was.size() != now.size() || previous.size() != files) {
            return null;
        }
        var added = new HashSet<SitePath>();
        var removed = new HashSet<SitePath>();
        for (int k = 0; k < now.size(); k++) {
            var is = now.get(k);
            var before = was.get(k);
            if (is != before && !is.equals(before)) {
                var gained = new HashSet<>(is);
                before.forEach(gained::remove);
                var lost = new HashSet<>(before);
                is.forEach(lost::remove);
                added.addAll(gained);
                removed.addAll(lost);
            }
        }
        if (added.stream().anyMatch(removed::contains)) {
            return null;
        }
        return new Moved(added.isEmpty() && removed.isEmpty(), added, removed);
    }

    /** Tells how many files the update gave, sitemap included. */
    synchronized void made(int count) {
        files = count;
    }

    /**
     * The previous files, sitemap left out, without those at {@code moved}'s removed paths, each
     * replaced by the one rendered again if any, with those at its added paths put in: sorted, as they were.
     */
    static List<OutputFile> files(List<OutputFile> previous, Map<SitePath, OutputFile> fresh, Moved moved) {
        var files = SortedFiles.replaced(previous, fresh);
        if (!moved.removed().isEmpty()) {
            files.removeIf(file -> moved.removed().contains(file.path()));
        }
        var added = new ArrayList<>(moved.added());
        added.sort(null);
        for (var path : added) {
            var file = fresh.get(path);
            if (file == null) {
                throw new IllegalStateException("no file for " + path + " after the change: a kind's scope missed it");
            }
            files.add(-SortedFiles.position(files, path) - 1, file);
        }
        return files;
    }
}
