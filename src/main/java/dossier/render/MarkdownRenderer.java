package dossier.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
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
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dossier.model.Slug;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown to HTML: CommonMark plus tables, French guillemets and typographic apostrophes,
 * stable heading ids with accents folded ({@code ## Sécurité régionale} → {@code #securite-regionale}),
 * a visible "#" link to each heading's own address, and a stable anchor on every top-level paragraph ({@code #p3}) so events can point at the
 * sentence that reports them. Raw HTML is escaped, never passed through. Thread-safe.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
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
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(TablesExtension.CLASS_NAME, "table");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new AnchorFactory())
                .nodeRendererFactory(opts -> new HeadingLinks()).build();
    }

    /** The HTML of a Markdown text, French typography applied. */
    public String render(String markdown) {
        Document document = parser.parse(markdown);
        return FrenchTypography.html(renderer.render(document));
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
            html.raw(" <a class=\"ancre\" href=\"#" + id + "\" aria-label=\"" + LABEL + "\">#</a></" + tag + ">").line();
        }
    }

    /** Gives headings their folded-slug ids and top-level paragraphs their {@code pN} anchors. */
    private static final class AnchorFactory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new Anchors();
        }
    }

    private static final class Anchors implements AttributeProvider {
        /** Ids the page templates put around a body: a heading "Titre articles" must not take one. */
        private static final Set<String> TEMPLATE_IDS = Set.of("contenu", "titre-articles", "titre-chronologie",
                "titre-evenements", "titre-themes", "titre-voir-aussi");

        private final Set<String> used = new HashSet<>(TEMPLATE_IDS);
        private int paragraphs;

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (part != AttributablePart.NODE) {
                return;
            }
            if (node instanceof Heading heading) {
                var slug = Slug.of(new TextCollectingVisitor().collectAndGetText(heading));
                attributes.addValue("id", unique(slug == null ? "section" : slug.value()));
            } else if (node instanceof Paragraph && node.getParent() instanceof Document) {
                paragraphs++;
                attributes.addValue("id", unique("p" + paragraphs));
            }
        }

        private String unique(String base) {
            var id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }
    }
}
