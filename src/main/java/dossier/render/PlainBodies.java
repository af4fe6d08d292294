package dossier.render;

import java.util.ArrayList;

/**
 * The body and paragraphs of a text {@link PlainMarkdown} read, as {@link MarkdownRenderer} gives
 * them from Flexmark's reading: French typography applied, each heading's label as the page shows
 * it, each paragraph's words folded for {@link SourceParagraphs}.
 */
final class PlainBodies {

    private PlainBodies() {
    }

    static Bodies.Parsed parsed(PlainMarkdown.Read plain, HtmlSanitizer sanitizer) {
        var paragraphs = new ArrayList<Bodies.Paragraph>();
        for (var paragraph : plain.paragraphs()) {
            paragraphs.add(new Bodies.Paragraph(paragraph.id(), SourceParagraphs.folded(paragraph.text())));
        }
        return new Bodies.Parsed(body(plain, sanitizer), paragraphs);
    }

    /** The body, with its level 2 and 3 headings: every heading's HTML is known, none is rendered again. */
    static MarkdownRenderer.Body body(PlainMarkdown.Read plain, HtmlSanitizer sanitizer) {
        var headings = new ArrayList<MarkdownRenderer.Section>();
        for (var heading : plain.headings()) {
            if (heading.level() >= 2 && heading.level() <= 3) {
                headings.add(new MarkdownRenderer.Section(heading.level(), heading.id(), label(heading.html())));
            }
        }
        return new MarkdownRenderer.Body(html(plain, sanitizer), headings);
    }

    /** The HTML, French typography applied: its tags are the reader's own, nothing in it needs the sanitiser. */
    static String html(PlainMarkdown.Read plain, HtmlSanitizer sanitizer) {
        var html = FrenchTypography.html(plain.html());
        var sanitized = SafeMarkdown.asSanitizedTagsKept(html);
        // null only for a character the sanitiser writes as an entity (a control character, say)
        return sanitized != null ? sanitized : sanitizer.clean(html);
    }

    /**
     * A heading's label as {@link MarkdownRenderer} makes it from Flexmark's HTML, for HTML holding
     * no "#" link and no "<" but its own tags: those are dropped in one pass, with no pattern to compile.
     */
    private static String label(String headingHtml) {
        var text = new StringBuilder(headingHtml.length());
        boolean inTag = false;
        for (int i = 0; i < headingHtml.length(); i++) {
            char c = headingHtml.charAt(i);
            if (c == '<' || c == '>') {
                inTag = c == '<';
            } else if (!inTag) {
                text.append(c);
            }
        }
        var plain = text.toString();
        // the typographic extension's &hellip;, &ndash; and &mdash; show as characters
        return FrenchTypography.text(plain.indexOf('&') < 0 ? plain : org.jsoup.parser.Parser.unescapeEntities(plain, false));
    }
}
