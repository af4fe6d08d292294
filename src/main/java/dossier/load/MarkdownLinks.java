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
 * The links of a Markdown body, each with its file line, and the anchors the body's page will
 * have: heading ids (folded slugs, {@code -2} for repeats), paragraph anchors ({@link dossier.model.ParagraphAnchors}) and
 * ids written in raw HTML. The anchor rules follow {@code MarkdownRenderer}'s.
 */
record MarkdownLinks(List<Target> links, Set<String> anchors) {

    /** One link or image URL as written, at a file line. */
    record Target(String url, int line) {
    }

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private static final Pattern HTML_ID = Pattern.compile("\\sid\\s*=\\s*[\"']?([^\"'\\s>]+)");

    MarkdownLinks {
        links = List.copyOf(links);
        anchors = Set.copyOf(anchors);
    }

    /** Reads {@code markdown} whose first line is line {@code firstLine} of its file. */
    static MarkdownLinks of(String markdown, int firstLine) {
        Document document = PARSER.parse(markdown);
        var links = new ArrayList<Target>();
        var anchors = new HashSet<String>();
        var paragraphs = new dossier.model.ParagraphAnchors();
        for (Node node : document.getDescendants()) {
            int line = firstLine + node.getStartLineNumber();
            if (node instanceof Link link) {
                links.add(new Target(link.getUrl().toString(), line));
            } else if (node instanceof Image image) {
                links.add(new Target(image.getUrl().toString(), line));
            } else if (node instanceof Reference reference) {
                links.add(new Target(reference.getUrl().toString(), line));
            } else if (node instanceof AutoLink link) {
                links.add(new Target(link.getUrl().toString(), line));
            } else if (node instanceof Heading heading) {
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
        return new MarkdownLinks(links, anchors);
    }

    private static void unique(Set<String> used, String base) {
        var id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
    }
}
