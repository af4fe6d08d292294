package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every article's Markdown parsed once per text: its rendered {@link MarkdownRenderer.Body} for
 * the article page, and its paragraphs' anchors and folded text for {@link SourceParagraphs}.
 *
 * <p>Kept by text rather than by article, so a preview that re-renders after a change parses only
 * the texts that changed; {@link #keepOnly} forgets the texts no article has any more. A build
 * that renders once uses {@link #once} instead, which lets each part go as soon as it is used:
 * kept, the 10,000 bodies of a large dossier would sit in memory until the last page is written.
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
    private final boolean keep;
    /** Every parse, by text, when kept. */
    private final Map<String, Parsed> byText = new ConcurrentHashMap<>();
    /** For a single render: the bodies parsed with the paragraphs, waiting for their page. */
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    Bodies(MarkdownRenderer markdown) {
        this(markdown, true);
    }

    private Bodies(MarkdownRenderer markdown, boolean keep) {
        this.markdown = markdown;
        this.keep = keep;
    }

    /**
     * Parses for a single render, where each article's paragraphs are read once (by
     * {@link SourceParagraphs}, before any page) and its body once (by its page): each is
     * forgotten once given. Asked again, a body is made again: slower, never wrong.
     */
    static Bodies once(MarkdownRenderer markdown) {
        return new Bodies(markdown, false);
    }

    /** The rendered body of {@code article}'s text. Thread-safe. */
    MarkdownRenderer.Body body(Article article) {
        var text = article.markdown();
        if (keep) {
            return kept(text).body();
        }
        var body = waiting.remove(text);
        // an article reporting no event had no paragraphs read: its body alone is made, no words folded
        return body != null ? body.body() : markdown.body(text);
    }

    /** The top-level paragraphs of {@code article}'s text. Thread-safe. */
    List<Paragraph> paragraphs(Article article) {
        var text = article.markdown();
        if (keep) {
            return kept(text).paragraphs();
        }
        var parsed = markdown.parse(text);
        waiting.put(text, Waiting.of(parsed.body()));
        return parsed.paragraphs();
    }

    /**
     * A body waiting for its page, its HTML as UTF-8: the paragraphs of every article are read
     * before any page renders, so all these bodies wait at once, and a French text with one
     * typographic space or apostrophe is held in two bytes a character as a {@code String}.
     */
    private record Waiting(byte[] html, List<MarkdownRenderer.Section> headings) {

        static Waiting of(MarkdownRenderer.Body body) {
            return new Waiting(body.html().getBytes(StandardCharsets.UTF_8), body.headings());
        }

        MarkdownRenderer.Body body() {
            return new MarkdownRenderer.Body(new String(html, StandardCharsets.UTF_8), headings);
        }
    }

    /** The parse of {@code text}, made now if no article had that text yet. */
    private Parsed kept(String text) {
        var parsed = byText.get(text);
        if (parsed == null) {
            // computed outside the map's lock: two threads may parse one text, both get equal results
            parsed = markdown.parse(text);
            byText.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    /** How many texts are held. */
    int held() {
        return byText.size();
    }

    /** Forgets the texts of articles {@code dossier} no longer has, so memory follows the dossier. */
    void keepOnly(Dossier dossier) {
        var texts = new HashSet<String>();
        dossier.articles().forEach(a -> texts.add(a.markdown()));
        dossier.copies().forEach(a -> texts.add(a.markdown()));
        byText.keySet().retainAll(texts);
    }
}
