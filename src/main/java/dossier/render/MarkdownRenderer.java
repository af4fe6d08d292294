package dossier.render;

import dossier.model.ParagraphAnchors;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Markdown to HTML: CommonMark plus tables, French guillemets and typographic apostrophes,
 * stable heading ids with accents folded ({@code ## Sécurité régionale} → {@code #securite-regionale}),
 * a visible "#" link to each heading's own address, and a stable anchor on every top-level paragraph
 * ({@link ParagraphAnchors}) so events can point at the paragraph that reports them. Raw HTML is
 * allowed, and the whole output then goes through {@link HtmlSanitizer}, so a hostile paste or a
 * {@code javascript:} link never reaches a page; a body {@link SafeMarkdown} vouches for (no raw
 * HTML, plain safe URLs) skips it, written as the sanitiser would write it. A body in the plain
 * subset most articles are written in is read by {@link PlainMarkdown} instead of Flexmark, to the
 * same HTML, headings and anchors: parsing was a third of a large build. Thread-safe.
 */
public final class MarkdownRenderer {

    /** The "#" link {@link HeadingLinks} ends a heading with: not part of its text in a table of contents. */
    private static final java.util.regex.Pattern SELF_LINK = java.util.regex.Pattern.compile(" ?<a class=\"ancre\"[^>]*>#</a>");

    /** The anchors {@link #parse} gave a document's top-level paragraphs, by node. */
    private static final DataKey<Map<Node, String>> PARAGRAPH_IDS = new DataKey<>("PARAGRAPH_IDS", Map.of());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    /**
     * False only to check that the short ways (plain text escaped by hand, a safe document let
     * through unsanitised, a heading's label cut from the page's HTML) give what the long ways give.
     */
    private final boolean shortcuts;

    public MarkdownRenderer() {
        this(true);
    }

    MarkdownRenderer(boolean shortcuts) {
        this.shortcuts = shortcuts;
        var options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create()))
                .set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«\u00A0")
                .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u00A0»")
                .set(TypographicExtension.SINGLE_QUOTE_OPEN, "‘")
                .set(TypographicExtension.SINGLE_QUOTE_CLOSE, "’")
                .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "’")
                .set(TypographicExtension.ANGLE_QUOTE_OPEN, "«\u00A0")
                .set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00A0»")
                .set(TypographicExtension.ELLIPSIS, "…")
                .set(TypographicExtension.ELLIPSIS_SPACED, "…")
                .set(TypographicExtension.EN_DASH, "–")
                .set(TypographicExtension.EM_DASH, "—")
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.ESCAPE_HTML, false)
                .set(TablesExtension.CLASS_NAME, "table");
        parser = Parser.builder(options).build();
        var builder = HtmlRenderer.builder(options).attributeProviderFactory(new AnchorFactory())
                .nodeRendererFactory(opts -> new HeadingLinks());
        renderer = (shortcuts ? builder.nodeRendererFactory(opts -> new PlainTexts()) : builder).build();
    }

    /** The HTML of a Markdown text, French typography applied. */
    public String render(String markdown) {
        var plain = plain(markdown);
        if (plain != null) {
            return PlainBodies.html(plain, sanitizer);
        }
        var document = parser.parse(markdown);
        return html(document, renderer.render(document));
    }

    /** The document's HTML, French typography applied, through the sanitiser unless nothing in it can need it. */
    private String html(Document document, String rendered) {
        var html = FrenchTypography.html(rendered);
        var safe = shortcuts && !SafeMarkdown.needsSanitizing(document) ? SafeMarkdown.asSanitized(html) : null;
        return safe != null ? safe : sanitizer.clean(html);
    }

    /** The plain subset's reading of {@code markdown}, null when Flexmark must read it (or short ways are off). */
    private PlainMarkdown.Read plain(String markdown) {
        return shortcuts ? PlainMarkdown.read(markdown) : null;
    }

    /** An article's body: its HTML and its level 2 and 3 headings, with the ids the HTML gives them. */
    public record Body(String html, List<Section> headings) {
        public Body {
            headings = List.copyOf(headings);
        }
    }

    /** A heading of the body: its level, its id and its text. */
    public record Section(int level, String id, String text) {
    }

    /** The HTML and the headings of a Markdown text, parsed once. */
    public Body body(String markdown) {
        var plain = plain(markdown);
        return plain != null ? PlainBodies.body(plain, sanitizer) : body(parser.parse(markdown));
    }

    private Body body(Document document) {
        var rendered = renderer.render(document);
        return new Body(html(document, rendered), headings(document, rendered));
    }

    /** The body of a Markdown text and its top-level paragraphs, from one parse. */
    Bodies.Parsed parse(String markdown) {
        var plain = plain(markdown);
        return plain != null ? PlainBodies.parsed(plain, sanitizer) : parseByFlexmark(markdown);
    }

    /** As {@link #parse}, always by Flexmark: what the plain subset's reading must give. */
    Bodies.Parsed parseByFlexmark(String markdown) {
        Document document = parser.parse(markdown);
        var ids = new IdentityHashMap<Node, String>();
        var paragraphs = paragraphs(document, ids);
        // the renderer takes the anchors found here rather than reading every paragraph's text again
        document.set(PARAGRAPH_IDS, ids);
        return new Bodies.Parsed(body(document), paragraphs);
    }

    /** The top-level paragraphs with their anchors, as the HTML gives them, and their folded words. */
    private static List<Bodies.Paragraph> paragraphs(Document document, Map<Node, String> ids) {
        var anchors = new ParagraphAnchors();
        var found = new ArrayList<Bodies.Paragraph>();
        for (var node : document.getChildren()) {
            if (node instanceof Paragraph) {
                var text = new TextCollectingVisitor().collectAndGetText(node);
                var id = anchors.next(text);
                ids.put(node, id);
                found.add(new Bodies.Paragraph(id, SourceParagraphs.folded(text)));
            }
        }
        return found;
    }

    /**
     * The headings with their ids, found by replaying the same {@link Anchors} over the nodes in
     * the order the renderer meets them, so a table of contents can never disagree with the page.
     */
    private List<Section> headings(Document document, String rendered) {
        var anchors = new Anchors();
        var headings = new ArrayList<Section>();
        for (var node : document.getDescendants()) {
            // heading ids depend on earlier headings only: paragraphs, which take most of the time, are skipped
            if (!(node instanceof Heading heading)) {
                continue;
            }
            var attributes = new MutableAttributes();
            anchors.setAttributes(node, AttributablePart.NODE, attributes);
            if (heading.getLevel() >= 2 && heading.getLevel() <= 3) {
                var id = attributes.getValue("id");
                headings.add(new Section(heading.getLevel(), id, label(heading, id, rendered)));
            }
        }
        return headings;
    }

    /** A heading's text as the page shows it, typographic quotes included (a text visitor drops them). */
    private String label(Heading heading, String id, String rendered) {
        var html = SELF_LINK.matcher(headingHtml(heading, id, rendered)).replaceAll("").replaceAll("<[^>]*>", "");
        // every entity decoded, not just the escaped five: the typographic extension writes &hellip; and &ndash;,
        // and the template escapes the label again
        return FrenchTypography.text(org.jsoup.parser.Parser.unescapeEntities(html, false));
    }

    /**
     * The heading's HTML, its own "#" link left out: cut from the page's HTML when it is one line and
     * every node in it escapes its text (so no tag of the heading's text can hide a "#" link),
     * rendered again otherwise.
     */
    private String headingHtml(Heading heading, String id, String rendered) {
        var open = "<h" + heading.getLevel() + " id=\"" + id + "\">";
        int start = shortcuts && SafeMarkdown.escapesAll(heading) ? rendered.indexOf(open) : -1;
        int end = start < 0 ? -1 : rendered.indexOf(HeadingLinks.selfLink(id, heading.getLevel()), start);
        var cut = end < 0 ? "\n" : rendered.substring(start + open.length(), end);
        // a heading of several lines is indented inside a list on the page, not when rendered alone
        return cut.indexOf('\n') >= 0 ? renderer.render(heading).strip() : cut;
    }

    /** The end of a heading: its "#" link and its closing tag. */
    static String selfLink(String id, int level) {
        return HeadingLinks.selfLink(id, level);
    }

    /**
     * Renders each heading with a visible "#" link to itself at its end, so a reader can copy the
     * address of a section; the id comes from {@link Anchors}, asked once so it is not counted twice.
     */
    private static final class HeadingLinks implements NodeRenderer {
        static final String LABEL = "Lien vers cette section";

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        /** Written as raw tags: the id is a slug (letters, digits, dashes), nothing to escape. */
        private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
            var id = context.extendRenderingNodeAttributes(heading, AttributablePart.NODE, null).getValue("id");
            var tag = "h" + heading.getLevel();
            html.line().raw("<" + tag + " id=\"" + id + "\">");
            context.renderChildren(heading);
            html.raw(selfLink(id, heading.getLevel())).line();
        }

        /** The end of a heading: its "#" link and its closing tag. */
        static String selfLink(String id, int level) {
            return " <a class=\"ancre\" href=\"#" + id + "\" aria-label=\"" + LABEL + "\">#</a></h" + level + ">";
        }
    }

    /**
     * Writes a text node with nothing to unescape (no backslash, no entity, no carriage return)
     * without Flexmark's regular expressions, escaping it as {@code HtmlWriter.text} does; others
     * go the usual way. Text is most of every page.
     */
    private static final class PlainTexts implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text text, NodeRendererContext context, HtmlWriter html) {
            var chars = text.getChars();
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == '\\' || c == '&' || c == '\r' || c == 0) {
                    html.text(Escaping.normalizeEOL(chars.unescape()));
                    return;
                }
            }
            html.raw(needsEscaping(chars) ? escaped(chars) : chars);
        }

        /** True when {@code chars} holds a character {@link #escaped} writes otherwise: most text holds none. */
        private static boolean needsEscaping(CharSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == '<' || c == '>' || c == '"') {
                    return true;
                }
            }
            return false;
        }

        private static String escaped(CharSequence chars) {
            var out = new StringBuilder(chars.length() + 16);
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** Gives headings their folded-slug ids and top-level paragraphs their {@link ParagraphAnchors} ids. */
    private static final class AnchorFactory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new Anchors();
        }
    }

    private static final class Anchors implements AttributeProvider {
        private final HeadingIds headings = new HeadingIds();
        private final ParagraphAnchors paragraphs = new ParagraphAnchors();

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (part != AttributablePart.NODE) {
                return;
            }
            if (node instanceof Heading heading) {
                attributes.addValue("id", headings.next(new TextCollectingVisitor().collectAndGetText(heading)));
            } else if (node instanceof Paragraph && node.getParent() instanceof Document document) {
                // found by parse() already, in the same order, or found here for a page parsed on its own
                var known = PARAGRAPH_IDS.get(document).get(node);
                attributes.addValue("id", known != null ? known
                        : paragraphs.next(new TextCollectingVisitor().collectAndGetText(node)));
            }
        }
    }
}
