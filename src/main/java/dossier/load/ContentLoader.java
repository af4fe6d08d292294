package dossier.load;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.Problem;
import dossier.model.Settings;
import dossier.model.Slug;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@code content/} folder into a {@link Dossier}, collecting every problem of every
 * file in one pass rather than stopping at the first.
 */
public final class ContentLoader {

    /** Page slugs that would shadow a generated section of the site. */
    private static final Set<String> RESERVED = Set.of("articles", "tags", "chronologie", "recherche", "assets", "page");

    private final Path projectRoot;
    private final LoadMemory memory;

    /** {@code projectRoot} is what problem paths are shown relative to (the working directory). */
    public ContentLoader(Path projectRoot) {
        this(projectRoot, null);
    }

    /** As {@link #ContentLoader(Path)}, keeping in {@code memory} what the next load can take again (null: nothing). */
    public ContentLoader(Path projectRoot, LoadMemory memory) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.memory = memory;
    }

    public Loaded load(Path content, BuildOptions options) throws IOException {
        return load(content, options, Map.of());
    }

    /**
     * Loads the dossier taking each article file found in {@code known} (by absolute path) as it was:
     * the preview passes the last load's files minus those that changed, and parses only those.
     */
    public Loaded load(Path content, BuildOptions options, Map<Path, LoadedFile> known) throws IOException {
        return load(content, options, known, Set.of());
    }

    /**
     * As {@link #load(Path, BuildOptions, Map)}, reading again the files of {@code again} (absolute
     * paths) though {@code known} holds them: the preview passes the last good load's files and
     * those changed since, rather than copying 10,000 entries to leave a few out.
     */
    public Loaded load(Path content, BuildOptions options, Map<Path, LoadedFile> known, Set<Path> again)
            throws IOException {
        var problems = Collections.synchronizedList(new ArrayList<Problem>());
        var settingsPath = content.resolve("dossier.yaml");
        if (!Files.isRegularFile(settingsPath)) {
            problems.add(Problem.error(shown(settingsPath), 0, "no dossier.yaml",
                    "create it with at least `title:` and `baseUrl:`; is --content pointing at the right folder?"));
            return new Loaded(null, problems);
        }
        var settings = settings(settingsPath, options, problems);
        var vocabulary = new TagVocabulary(settings.vocabulary());
        var raw = RawArticleFile.of(content, settings.vocabulary(), this::shown, problems);
        var folder = content.resolve("articles");
        var articleFiles = memory == null ? ContentFiles.list(folder, content, this::shown, problems)
                : memory.listing.of(found -> ContentFiles.list(folder, content, this::shown, found), problems);
        var places = memory == null ? places(articleFiles) : memory.places(articleFiles, ContentLoader::places);
        var paths = places.paths();
        var readers = new Readers(vocabulary, raw);
        // the last good load's files for the same listing: only the changed ones are read, not 10,000 looked up
        var reread = known instanceof LoadedFiles kept ? kept.reread(places, again, file -> read(file, readers)) : null;
        var loadedFiles = reread != null ? reread : articles(paths, readers, known, again);
        // most files have none: the shared list's lock is taken only for those that have some
        loadedFiles.stream().filter(file -> !file.problems().isEmpty()).forEach(file -> problems.addAll(file.problems()));
        var articles = loadedFiles.stream().map(LoadedFile::article).filter(java.util.Objects::nonNull).toList();
        if (memory == null) {
            reportDuplicates(articles, problems);
        } else {
            memory.listed(articles);
            // an edit keeping every slug and alias where none was taken twice takes none twice
            if (!memory.urlsUnique()) {
                var taken = new ArrayList<Problem>();
                reportDuplicates(articles, taken);
                problems.addAll(taken);
                memory.unique(taken.isEmpty());
            }
        }
        var pages = pages(ContentFiles.list(content.resolve("pages"), content, this::shown, problems), problems);
        var chronologyPath = content.resolve("chronologie.yaml");
        var curated = Files.isRegularFile(chronologyPath)
                ? readText(chronologyPath, problems).map(t -> ChronologyFile.parse(t, shown(chronologyPath),
                        articles.stream().map(Article::slug).collect(Collectors.toSet()), problems))
                        .orElse(List.of())
                : List.<dossier.model.Event>of();
        var copies = memory == null ? Republications.find(articles, settings.drafts(), problems)
                : memory.copies(articles, settings.drafts(), problems);
        var dossier = memory == null ? Dossier.of(settings, articles, pages, curated, copies, problems)
                : memory.dossier(settings, articles, pages, curated, copies, problems);
        if (memory == null) {
            LinkCheck.check(dossier, problems);
        } else {
            memory.checkLinks(dossier, problems);
        }
        return new Loaded(dossier, problems, new LoadedFiles(places, loadedFiles));
    }

    /** The listed article files, absolute and normalized, with their places (the listing names each file once). */
    private static LoadedFiles.Places places(List<Path> listed) {
        return LoadedFiles.Places.of(listed.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    private Settings settings(Path path, BuildOptions options, List<Problem> problems) throws IOException {
        var text = readText(path, problems).orElse("title: Dossier\nbaseUrl: https://example.org/\n");
        var settings = SettingsFile.parse(text, shown(path), problems).withFlags(options.drafts(), options.forDisk());
        return options.baseUrl() == null ? settings : settings.withBaseUrl(options.baseUrl());
    }

    /** What reads an article file of either kind. */
    private record Readers(TagVocabulary vocabulary, RawArticleFile raw) {
    }

    /** The article files (absolute, in file name order) as loaded, parsed in parallel unless known and not to read again. */
    private List<LoadedFile> articles(List<Path> files, Readers readers, Map<Path, LoadedFile> known, Set<Path> again) {
        return files.parallelStream().map(file -> {
            var kept = again.contains(file) ? null : known.get(file);
            return kept != null ? kept : read(file, readers);
        }).toList();
    }

    private LoadedFile read(Path file, Readers readers) {
        try {
            return article(file, readers);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One file with its own problems: with files read in parallel, a shared list would mix them. */
    private LoadedFile article(Path file, Readers readers) throws IOException {
        var problems = new ArrayList<Problem>();
        var name = file.getFileName().toString();
        if (!name.endsWith(".md") && !name.endsWith(".txt")) {
            problems.add(Problem.error(shown(file), 0, "unknown file type in articles/",
                    "an article is a Markdown file ending in .md, or raw scraped text ending in .txt;"
                            + " move other files to content/media/"));
            return new LoadedFile(null, problems, null);
        }
        var text = TextFile.read(file, shown(file), problems);
        if (text == null) {
            return new LoadedFile(null, problems, null);
        }
        if (name.endsWith(".md")) {
            return new LoadedFile(ArticleFile.parse(text, readers.vocabulary(), problems), problems, null);
        }
        var raw = readers.raw().clean(text);
        var article = raw.toArticle(problems);
        return new LoadedFile(article, problems, raw.cleaned().hasErrors() ? null : raw);
    }

    private void reportDuplicates(List<Article> articles, List<Problem> problems) {
        var owners = new HashMap<Slug, Article>(articles.size() * 2);
        for (var article : articles) {
            taken(owners, article.slug(), article, problems);
            for (var alias : article.aliases()) {
                taken(owners, alias, article, problems);
            }
        }
    }

    private static void taken(Map<Slug, Article> owners, Slug slug, Article article, List<Problem> problems) {
        var first = owners.putIfAbsent(slug, article);
        if (first != null && first != article) {
            problems.add(Problem.error(article.file(), 1, "URL articles/" + slug + "/ is already taken by "
                    + first.file().toString().replace('\\', '/'), "give one of them another `slug:`"));
        }
    }

    private List<Page> pages(List<Path> files, List<Problem> problems) throws IOException {
        var pages = new ArrayList<Page>();
        var seen = new HashMap<Slug, Page>();
        for (var file : files) {
            if (!file.getFileName().toString().endsWith(".md")) {
                problems.add(Problem.error(shown(file), 0, "unknown file type in pages/", "a page is a Markdown file ending in .md"));
                continue;
            }
            var text = TextFile.read(file, shown(file), problems);
            var page = text == null ? null : PageFile.parse(text, problems);
            if (page == null) {
                continue;
            }
            if (RESERVED.contains(page.slug().value())) {
                problems.add(Problem.error(page.file(), 1, "page URL " + page.slug() + "/ is reserved for the site's own pages",
                        "rename the file"));
            } else if (seen.putIfAbsent(page.slug(), page) != null) {
                problems.add(Problem.error(page.file(), 1, "page URL " + page.slug() + "/ is already taken by "
                        + seen.get(page.slug()).file(), "rename one of them"));
            } else {
                pages.add(page);
            }
        }
        return pages;
    }

    private java.util.Optional<String> readText(Path path, List<Problem> problems) throws IOException {
        return java.util.Optional.ofNullable(TextFile.read(path, shown(path), problems)).map(TextFile::text);
    }

    /** The path as the editor knows it: relative to the project when inside it. */
    Path shown(Path file) {
        var absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    }
}
