package dossier.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dossier.model.Slug;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The links of a Markdown body that point inside the site, each with its file line, and the
 * anchors the body's page will have: heading ids (folded slugs, {@code -2} for repeats), paragraph
 * anchors ({@link dossier.model.ParagraphAnchors}) and ids written in raw HTML. The anchor rules
 * follow {@code MarkdownRenderer}'s.
 *
 * <p>Parsing is most of a link check's time, and most bodies link only to other sites and are
 * linked to without an anchor: a body is parsed at once only when a quick scan finds a link that
 * may be local, and its anchors are read on first ask. Thread-safe.
 */
final class MarkdownLinks {

    /** One link or image URL as written, at a file line. */
    record Target(String url, int line) {
    }

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private static final Pattern HTML_ID = Pattern.compile("\\sid\\s*=\\s*[\"']?([^\"'\\s>]+)");
    /** A URL that names its scheme ("https:", "mailto:"): it leaves the site. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final String markdown;
    private final List<Target> links;
    private Set<String> anchors;

    private MarkdownLinks(String markdown, List<Target> links, Set<String> anchors) {
        this.markdown = markdown;
        this.links = List.copyOf(links);
        this.anchors = anchors == null ? null : Set.copyOf(anchors);
    }

    /** Reads {@code markdown} whose first line is line {@code firstLine} of its file. */
    static MarkdownLinks of(String markdown, int firstLine) {
        return LocalLinkScan.mayLinkInside(markdown) ? parsed(markdown, firstLine)
                : new MarkdownLinks(markdown, List.of(), null);
    }

    /** {@link #of} without the scan: the body parsed now, whatever links it has. */
    static MarkdownLinks parsed(String markdown, int firstLine) {
        Document document = PARSER.parse(markdown);
        var links = new ArrayList<Target>();
        for (Node node : document.getDescendants()) {
            var url = url(node);
            if (url != null && isLocal(url)) {
                links.add(new Target(url, firstLine + node.getStartLineNumber()));
            }
        }
        return new MarkdownLinks(markdown, links, anchors(document, markdown));
    }

    /** The links to check, in the order of the body: those without a scheme or a {@code //} host. */
    List<Target> links() {
        return links;
    }

    /** The ids of the body's page, the body parsed now if it was not yet. */
    synchronized Set<String> anchors() {
        if (anchors == null) {
            anchors = Set.copyOf(anchors(PARSER.parse(markdown), markdown));
        }
        return anchors;
    }

    /** True for a URL that a link check resolves against the site: not empty, no scheme, no host. */
    static boolean isLocal(String url) {
        var written = url.strip();
        return !written.isEmpty() && !SCHEME.matcher(written).find() && !written.startsWith("//");
    }

    private static String url(Node node) {
        if (node instanceof Link link) {
            return link.getUrl().toString();
        } else if (node instanceof Image image) {
            return image.getUrl().toString();
        } else if (node instanceof Reference reference) {
            return reference.getUrl().toString();
        } else if (node instanceof AutoLink link) {
            return link.getUrl().toString();
        }
        return null;
    }

    private static Set<String> anchors(Document document, String markdown) {
        var anchors = new HashSet<String>();
        var paragraphs = new dossier.model.ParagraphAnchors();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                var slug = Slug.of(new TextCollectingVisitor().collectAndGetText(heading));
                unique(anchors, slug == null ? "section" : slug.value());
            } else if (node instanceof Paragraph && node.getParent() instanceof Document) {
                anchors.add(paragraphs.next(new TextCollectingVisitor().collectAndGetText(node)));
            }
        }
        var ids = HTML_ID.matcher(markdown);
        while (ids.find()) {
            anchors.add(ids.group(1));
        }
        return anchors;
    }

    private static void unique(Set<String> used, String base) {
        var id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
    }
}
