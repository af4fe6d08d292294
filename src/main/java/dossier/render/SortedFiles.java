package dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's list of a site's files, sorted by path as it keeps them between updates: found by
 * binary search, replaced in place, or put together again from the paths an update gives.
 */
final class SortedFiles {

    private SortedFiles() {
    }

    /**
     * The previous files, sitemap left out, each replaced by the one rendered again if any: sorted,
     * as they were; each file of {@code fresh} is found by its place.
     */
    static List<OutputFile> replaced(List<OutputFile> previous, Map<SitePath, OutputFile> fresh) {
        var files = new ArrayList<OutputFile>(previous);
        int sitemap = position(files, Sitemap.PATH);
        if (sitemap >= 0) {
            files.remove(sitemap);
        }
        for (var file : fresh.values()) {
            int at = position(files, file.path());
            if (at >= 0) {
                files.set(at, file);
            }
        }
        return files;
    }

    /** Where the file at {@code path} is in {@code files} (sorted by path), as {@link java.util.Collections#binarySearch} says. */
    static int position(List<OutputFile> files, SitePath path) {
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = files.get(middle).path().compareTo(path);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** The files at {@code paths}, rendered again or kept from {@code previous}, sorted by path. */
    static List<OutputFile> merged(List<SitePath> paths, Map<SitePath, OutputFile> fresh, List<OutputFile> previous) {
        var kept = new HashMap<SitePath, OutputFile>();
        previous.forEach(file -> kept.put(file.path(), file));
        var files = new ArrayList<OutputFile>(paths.size() + 1);
        for (var path : paths) {
            var file = fresh.containsKey(path) ? fresh.get(path) : kept.get(path);
            if (file == null) {
                throw new IllegalStateException("no file for " + path + " after the change: a kind's scope missed it");
            }
            files.add(file);
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }
}
