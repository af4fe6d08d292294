package dossier.serve;

import dossier.load.BuildOptions;
import dossier.load.ContentLoader;
import dossier.load.Loaded;
import dossier.load.ThemeFiles;
import dossier.model.Dossier;
import dossier.model.Problem;
import dossier.model.Slug;
import dossier.render.Change;
import dossier.render.OutputFile;
import dossier.render.SiteRenderer;
import dossier.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as the preview holds it, in memory: built whole once, then again after each change,
 * loading and rendering only what the change touches when only article files changed. A load
 * with errors keeps the last good site, and the changes wait for the next good load.
 */
public final class PreviewBuild {

    /**
     * The outcome of one build: its problems, whether it was a whole build, how long it took,
     * whether nothing needed building (only files the site does not read changed), how many
     * articles changed (0 for a whole build) and how many files were written (whose bytes changed).
     */
    public record Outcome(List<Problem> problems, boolean whole, long nanos, boolean unchanged, int articles, int written) {

        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final Path content;
    private final Path articles;
    private final List<Path> templateFolders;
    private final BuildOptions options;
    private final LocalDate buildDate;
    private final dossier.load.LoadMemory memory = new dossier.load.LoadMemory();
    private final ContentLoader loader = new ContentLoader(Path.of(""), memory);
    private final Set<Path> pending = new HashSet<>();
    private boolean wholePending = true;
    private SiteRenderer renderer;
    private Loaded good;
    private List<OutputFile> files = List.of();
    /** Replaced whole after a full build; after an update, only the files whose bytes changed are put. */
    private volatile Map<String, byte[]> served = new ConcurrentHashMap<>();

    /** {@code buildDate} decides which events are to come; {@code null} means today in the dossier's time zone. */
    public PreviewBuild(Path content, List<Path> templateFolders, BuildOptions options, LocalDate buildDate) {
        this.content = content.toAbsolutePath().normalize();
        this.articles = this.content.resolve("articles");
        this.templateFolders = List.copyOf(templateFolders);
        this.options = options;
        this.buildDate = buildDate;
    }

    /** The bytes of the file at {@code path} inside the site ("articles/x/index.html"), or null. */
    public byte[] file(String path) {
        return served.get(path);
    }

    /** Whether a good build has been made, so there is a site to serve. */
    public boolean ready() {
        return good != null;
    }

    /** Builds after the given files changed (absolute paths); an empty set means everything. */
    public synchronized Outcome update(Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        changed.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !ignored(p)).forEach(pending::add);
        if (!changed.isEmpty() && pending.isEmpty() && good != null) {
            return new Outcome(good.problems(), false, System.nanoTime() - start, true, 0, 0);
        }
        wholePending |= changed.isEmpty() || !pending.stream().allMatch(this::isArticle);
        boolean whole = wholePending || good == null;
        memory.changed(whole ? null : pending);
        var loaded = loader.load(content, options, whole ? Map.of() : good.files(), Set.copyOf(pending));
        if (loaded.hasErrors()) {
            return new Outcome(loaded.problems(), whole, System.nanoTime() - start, false, 0, 0);
        }
        int articles = 0;
        int written;
        if (whole) {
            renderer = new SiteRenderer(new Templates(templateFolders), ThemeFiles.assets(templateFolders),
                    today(loaded.dossier()));
            // kept from one change to the next: made once here, not again at every change
            files = renderer.render(loaded.dossier()).parallelStream().map(OutputFile::held).toList();
            // an update that changes nothing fills what updates keep (search terms, related lists),
            // so the first real change costs what the later ones do
            renderer.update(loaded.dossier(), new Change(loaded.dossier(), Set.of()), files);
            var byPath = new ConcurrentHashMap<String, byte[]>();
            files.forEach(file -> byPath.put(file.path().file(), file.bytes()));
            served = byPath;
            written = files.size();
        } else {
            var change = new Change(good.dossier(), slugs(good, loaded));
            articles = change.articles().size();
            written = serve(renderer.update(loaded.dossier(), change, files));
        }
        good = loaded;
        pending.clear();
        wholePending = false;
        return new Outcome(loaded.problems(), whole, System.nanoTime() - start, false, articles, written);
    }

    /**
     * Serves the files of an update in place of the last ones, and returns how many differ: only
     * the files rendered again are made and compared (the others are the same objects as before).
     * Both lists are sorted by path, so they are walked side by side, paths compared only where the
     * objects differ.
     */
    private int serve(List<OutputFile> updated) {
        // walked as arrays: a plain loop over 30,000 references, run once per edit
        var before = files.toArray(OutputFile[]::new);
        var now = updated.toArray(OutputFile[]::new);
        var renewed = new ArrayList<Integer>();
        var replacing = new ArrayList<OutputFile>();
        var gone = new ArrayList<OutputFile>();
        int j = 0;
        for (int i = 0; i < now.length; i++) {
            var file = now[i];
            if (j < before.length && file == before[j]) {
                j++;
                continue;
            }
            while (j < before.length && file != before[j] && file.path().compareTo(before[j].path()) > 0) {
                gone.add(before[j++]);
            }
            if (j < before.length && file == before[j]) {
                j++;
                continue;
            }
            boolean same = j < before.length && file.path().equals(before[j].path());
            renewed.add(i);
            replacing.add(same ? before[j++] : null);
        }
        gone.addAll(List.of(before).subList(j, before.length));
        var held = renewed.parallelStream().map(i -> now[i].held()).toList();
        int differing = gone.size();
        gone.forEach(file -> served.remove(file.path().file()));
        for (int k = 0; k < renewed.size(); k++) {
            var file = held.get(k);
            now[renewed.get(k)] = file;
            if (replacing.get(k) == null || !java.util.Arrays.equals(file.bytes(), replacing.get(k).bytes())) {
                served.put(file.path().file(), file.bytes());
                differing++;
            }
        }
        files = List.of(now);
        return differing;
    }

    /** The files of the site as last built, sorted by path. */
    public synchronized List<OutputFile> files() {
        return files;
    }

    /**
     * Files the loader never reads: hidden ones (an editor's swap file) and, in articles/, files
     * that are gone again (the temporary file an editor or {@code sed -i} renames over the article).
     */
    private boolean ignored(Path path) {
        var name = path.getFileName().toString();
        return name.startsWith(".") || path.startsWith(articles) && !name.endsWith(".md") && !Files.exists(path);
    }

    /**
     * Whether {@code path} is a file of articles/: the loader reads each one on its own (a stray
     * file is its own problem), so a change there is loaded in part. An editor's temporary file
     * seen before its rename is such a file too, and must not cost a whole build.
     */
    private boolean isArticle(Path path) {
        return path.startsWith(articles) && path.getNameCount() == articles.getNameCount() + 1;
    }

    /**
     * The slugs of the articles that the pending files held before and hold now, and of those that
     * became or stopped being a republished copy, or the article listed in a copy's place: an edit
     * of one article can make another, unchanged, a copy of it, which leaves every list.
     */
    private Set<Slug> slugs(Loaded before, Loaded after) {
        var slugs = new HashSet<Slug>();
        var was = before.dossier().originals();
        var is = after.dossier().originals();
        if (!was.equals(is)) {
            for (var pair : List.of(List.of(was, is), List.of(is, was))) {
                pair.get(0).forEach((copy, original) -> {
                    if (!original.equals(pair.get(1).get(copy))) {
                        slugs.add(copy);
                        slugs.add(original);
                    }
                });
            }
        }
        for (var path : pending) {
            for (var loaded : List.of(before, after)) {
                var file = loaded.files().get(path);
                if (file != null && file.article() != null) {
                    slugs.add(file.article().slug());
                }
            }
        }
        return slugs;
    }

    private LocalDate today(Dossier dossier) {
        return buildDate != null ? buildDate : LocalDate.now(dossier.settings().timeZone());
    }
}
