package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every article's Markdown parsed once per text: its rendered {@link MarkdownRenderer.Body} for
 * the article page, and its paragraphs' anchors and folded text for {@link SourceParagraphs}.
 *
 * <p>Kept by text rather than by article, so a preview that re-renders after a change parses only
 * the texts that changed; {@link #keepOnly} forgets the texts no article has any more.
 */
final class Bodies {

    /** A top-level paragraph: its anchor and its words, folded, each between single spaces. */
    record Paragraph(String id, String words) {
    }

    /** What one parse of a text gives. */
    record Parsed(MarkdownRenderer.Body body, List<Paragraph> paragraphs) {
        Parsed {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private final MarkdownRenderer markdown;
    private final Map<String, Parsed> byText = new ConcurrentHashMap<>();

    Bodies(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The parse of {@code article}'s text, made now if no article had that text yet. Thread-safe. */
    Parsed of(Article article) {
        var text = article.markdown();
        var parsed = byText.get(text);
        if (parsed == null) {
            // computed outside the map's lock: two threads may parse one text, both get equal results
            parsed = markdown.parse(text);
            byText.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    /** Forgets the texts of articles {@code dossier} no longer has, so memory follows the dossier. */
    void keepOnly(Dossier dossier) {
        var texts = new HashSet<String>();
        dossier.articles().forEach(a -> texts.add(a.markdown()));
        dossier.copies().forEach(a -> texts.add(a.markdown()));
        byText.keySet().retainAll(texts);
    }
}
