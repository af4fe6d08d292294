package dossier.load;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The article files of a load by absolute path, read through each file's place in the listing:
 * loads of the same listing share the places, so a load after one edit does not hash 10,000 paths
 * again. Immutable.
 */
final class LoadedFiles extends AbstractMap<Path, LoadedFile> {

    /** The listed files (absolute, normalized, each once) and each one's place among them. */
    record Places(List<Path> paths, Map<Path, Integer> positions) {

        static Places of(List<Path> paths) {
            var positions = new HashMap<Path, Integer>(paths.size() * 2);
            for (int i = 0; i < paths.size(); i++) {
                positions.put(paths.get(i), i);
            }
            return new Places(List.copyOf(paths), Map.copyOf(positions));
        }
    }

    private final Places places;
    private final List<LoadedFile> loaded;

    /** {@code loaded}: the file at each place of {@code places}, in the same order. */
    LoadedFiles(Places places, List<LoadedFile> loaded) {
        if (loaded.size() != places.paths().size()) {
            throw new IllegalArgumentException(loaded.size() + " files for " + places.paths().size() + " places");
        }
        this.places = places;
        this.loaded = List.copyOf(loaded);
    }

    /**
     * The files as loaded again for {@code places}: these files, those of {@code again} read anew by
     * {@code reading}; null unless these files were loaded for the very same places (the same listing).
     */
    List<LoadedFile> reread(Places places, java.util.Set<Path> again, java.util.function.Function<Path, LoadedFile> reading) {
        if (places != this.places) {
            return null;
        }
        var files = new java.util.ArrayList<>(loaded);
        for (var path : again) {
            var at = places.positions().get(path);
            if (at != null) {
                files.set(at, reading.apply(path));
            }
        }
        return files;
    }

    @Override
    public LoadedFile get(Object path) {
        var at = places.positions().get(path);
        return at == null ? null : loaded.get(at);
    }

    @Override
    public boolean containsKey(Object path) {
        return places.positions().containsKey(path);
    }

    @Override
    public int size() {
        return loaded.size();
    }

    @Override
    public Set<Entry<Path, LoadedFile>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Path, LoadedFile>> iterator() {
                return IntStream.range(0, loaded.size())
                        .mapToObj(i -> Map.entry(places.paths().get(i), loaded.get(i))).iterator();
            }

            @Override
            public int size() {
                return loaded.size();
            }
        };
    }
}
