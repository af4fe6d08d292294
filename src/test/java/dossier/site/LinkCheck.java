package dossier.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows every internal reference of a built site as a browser would, and reports the ones
 * that lead nowhere.
 *
 * <pre>{@code
 * List<BrokenLink> broken = LinkCheck.check(Path.of("site"));
 * assertEquals(List.of(), broken, () -> broken.stream().map(BrokenLink::toString).collect(joining("\n")));
 * }</pre>
 *
 * <p>The rules, for every {@code .html} file of the folder:
 * <ul>
 *   <li>every relative URL in {@code href}, {@code src}, {@code srcset}, {@code poster},
 *       {@code data}, {@code action} and a {@code meta} refresh names an existing file; a
 *       folder URL {@code x/} means {@code x/index.html};
 *   <li>every {@code #fragment} is an id (or {@code a name}) of the target page or SVG file;
 *       {@code #} and {@code #top} need none, browsers scroll to the top for them;
 *   <li>no URL starts with a single {@code /}: the site must work under any sub-path. The
 *       exception is {@code 404.html}: a host serves it in place of any missing URL, at any
 *       depth, so only root-absolute links work in it. Given the sub-path the site is built
 *       for ({@link #check(Path, String)}), they are followed from the site root; without it
 *       they are not checked;
 *   <li>every page is reachable from {@code index.html}, except {@code 404.html} and redirect
 *       pages, which exist for URLs typed or linked from elsewhere.
 * </ul>
 * URLs with a scheme ({@code https:}, {@code mailto:}, {@code data:}) or a host ({@code //x})
 * are external and not checked here; the browser test blocks and reports external fetches.
 */
public final class LinkCheck {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path site;
    private final Optional<String> basePath;
    private final Map<Path, PageLinks> pages = new HashMap<>();

    private LinkCheck(Path site, Optional<String> basePath) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath;
    }

    /** Every broken reference of the site, by page and line, then the unreachable pages. */
    public static List<BrokenLink> check(Path siteDir) {
        return new LinkCheck(siteDir, Optional.empty()).run();
    }

    /**
     * The same, also following the root-absolute links of {@code 404.html} for a site hosted
     * under {@code basePath} ({@code "/"} or {@code "/dossier/"}, the path of the base URL).
     */
    public static List<BrokenLink> check(Path siteDir, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        return new LinkCheck(siteDir, Optional.of(basePath)).run();
    }

    private List<BrokenLink> run() {
        var broken = new ArrayList<BrokenLink>();
        var linked = new HashMap<Path, Set<Path>>();
        for (Path page : SiteFiles.html(site)) {
            var targets = new LinkedHashSet<Path>();
            for (var reference : links(page).references()) {
                var outcome = follow(page, reference.url());
                outcome.broken().ifPresent(reason -> broken.add(
                        new BrokenLink(site.relativize(page), reference.line(), reference.url(), reason)));
                outcome.target().ifPresent(targets::add);
            }
            linked.put(page, targets);
        }
        broken.addAll(unreachable(linked));
        return List.copyOf(broken);
    }

    /** Where a URL leads: a file of the site, a reason it is broken, or neither (external). */
    private record Outcome(Optional<Path> target, Optional<BrokenLink.Reason> broken) {
        static final Outcome EXTERNAL = new Outcome(Optional.empty(), Optional.empty());

        static Outcome broken(BrokenLink.Reason reason) {
            return new Outcome(Optional.empty(), Optional.of(reason));
        }

        static Outcome reached(Path target) {
            return new Outcome(Optional.of(target), Optional.empty());
        }
    }

    private Outcome follow(Path page, String url) {
        var trimmed = url.strip();
        if (SCHEME.matcher(trimmed).find() || trimmed.startsWith("//")) {
            return Outcome.EXTERNAL;
        }
        var from = page.getParent();
        if (trimmed.startsWith("/")) {
            if (!page.equals(site.resolve("404.html"))) {
                return Outcome.broken(BrokenLink.Reason.ROOT_ABSOLUTE);
            }
            if (basePath.isEmpty()) {
                return Outcome.EXTERNAL;
            }
            if (!trimmed.startsWith(basePath.get())) {
                return Outcome.broken(BrokenLink.Reason.OUTSIDE_SITE);
            }
            from = site;
            trimmed = trimmed.substring(basePath.get().length());
        }
        int hash = trimmed.indexOf('#');
        var fragment = hash < 0 ? "" : decode(trimmed.substring(hash + 1));
        var beforeHash = hash < 0 ? trimmed : trimmed.substring(0, hash);
        int question = beforeHash.indexOf('?');
        var path = decode(question < 0 ? beforeHash : beforeHash.substring(0, question));

        var file = path.isEmpty() ? page : from.resolve(path).normalize();
        if (!file.startsWith(site)) {
            return Outcome.broken(BrokenLink.Reason.OUTSIDE_SITE);
        }
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        } else if (Files.isDirectory(file)) {
            return Outcome.broken(BrokenLink.Reason.FOLDER_WITHOUT_SLASH);
        }
        if (!Files.isRegularFile(file)) {
            return Outcome.broken(BrokenLink.Reason.MISSING_FILE);
        }
        if (!anchorExists(file, fragment)) {
            return Outcome.broken(BrokenLink.Reason.MISSING_ANCHOR);
        }
        return Outcome.reached(file);
    }

    private boolean anchorExists(Path file, String fragment) {
        if (fragment.isEmpty() || fragment.equalsIgnoreCase("top")) {
            return true;
        }
        var name = file.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".svg")) {
            return true;
        }
        return links(file).ids().contains(fragment);
    }

    private List<BrokenLink> unreachable(Map<Path, Set<Path>> linked) {
        var start = site.resolve("index.html");
        if (!linked.containsKey(start)) {
            return List.of(new BrokenLink(Path.of("index.html"), 0, "", BrokenLink.Reason.MISSING_FILE));
        }
        var seen = new LinkedHashSet<Path>(List.of(start));
        var queue = new ArrayDeque<Path>(List.of(start));
        while (!queue.isEmpty()) {
            for (Path next : linked.getOrDefault(queue.poll(), Set.of())) {
                if (linked.containsKey(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return linked.keySet().stream()
                .filter(page -> !seen.contains(page))
                .filter(page -> !page.equals(site.resolve("404.html")))
                .filter(page -> !links(page).redirect())
                .map(page -> new BrokenLink(site.relativize(page), 0, "", BrokenLink.Reason.UNREACHABLE))
                .sorted(Comparator.comparing(link -> SiteFiles.slashed(link.file())))
                .toList();
    }

    private PageLinks links(Path file) {
        return pages.computeIfAbsent(file, PageLinks::read);
    }

    /** Percent-decoding of a URL path; a {@code +} stays a plus, unlike in a query string. */
    private static String decode(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part;
        }
    }
}
