package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dossier.model.Article;
import dossier.model.Settings;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The schema.org description of a page as JSON-LD: a {@code NewsArticle} (with {@code isBasedOn}
 * naming the original and its archived copy), a {@code CollectionPage} or a {@code WebPage},
 * each with its {@code BreadcrumbList}. Written with Jackson's generator, which escapes
 * {@code <}, {@code >} and {@code &} too, so a headline can never close the script element.
 */
final class JsonLd {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new ScriptSafe()).build();

    /** One step of a breadcrumb trail: a name and an absolute URL. */
    record Crumb(String name, String url) {
    }

    /** What the article's JSON-LD says about its source; empty strings where unknown. */
    record Original(String name, String url, String archived) {
    }

    private final Settings settings;

    JsonLd(Settings settings) {
        this.settings = settings;
    }

    /** A list or plain page: {@code type} is {@code CollectionPage} or {@code WebPage}. */
    String page(String type, String name, String description, String url, String image, List<Crumb> crumbs) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("@type", type);
            json.writeStringField("name", name);
            field(json, "description", description);
            json.writeStringField("url", url);
            json.writeStringField("inLanguage", settings.language());
            json.writeStringField("image", image);
            json.writeObjectFieldStart("isPartOf");
            json.writeStringField("@type", "WebSite");
            json.writeStringField("name", FrenchTypography.text(settings.title()));
            json.writeStringField("url", settings.baseUrl().toString());
            json.writeEndObject();
            json.writeEndObject();
        }, crumbs);
    }

    String article(Article article, String url, String image, List<String> keywords, Original original,
            List<Crumb> crumbs) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("headline", FrenchTypography.text(article.title()));
            field(json, "description", FrenchTypography.text(article.summary()));
            json.writeStringField("url", url);
            json.writeStringField("mainEntityOfPage", url);
            json.writeStringField("inLanguage", settings.language());
            json.writeStringField("datePublished", article.date().toString());
            json.writeStringField("dateModified", article.lastChange().toString());
            json.writeArrayFieldStart("image");
            json.writeString(image);
            json.writeEndArray();
            if (!article.author().isEmpty()) {
                named(json, "author", "Person", article.author());
            }
            named(json, "publisher", "Organization", settings.publisher().isBlank() ? settings.title() : settings.publisher());
            if (!keywords.isEmpty()) {
                json.writeStringField("keywords", FrenchTypography.text(String.join(", ", keywords)));
            }
            if (!original.name().isEmpty() || !original.url().isEmpty()) {
                json.writeObjectFieldStart("isBasedOn");
                json.writeStringField("@type", "NewsArticle");
                field(json, "url", original.url());
                field(json, "archivedAt", original.archived());
                if (!original.name().isEmpty()) {
                    named(json, "publisher", "Organization", original.name());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }, crumbs);
    }

    private static void named(JsonGenerator json, String field, String type, String name) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("@type", type);
        json.writeStringField("name", FrenchTypography.text(name));
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    /** The page's own node and its breadcrumb trail, in one {@code @graph}. */
    private static String write(Node main, List<Crumb> crumbs) {
        var out = new StringWriter(1024);
        try (var json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeArrayFieldStart("@graph");
            main.write(json);
            json.writeStartObject();
            json.writeStringField("@type", "BreadcrumbList");
            json.writeArrayFieldStart("itemListElement");
            for (int i = 0; i < crumbs.size(); i++) {
                json.writeStartObject();
                json.writeStringField("@type", "ListItem");
                json.writeNumberField("position", i + 1);
                json.writeStringField("name", FrenchTypography.text(crumbs.get(i).name()));
                json.writeStringField("item", crumbs.get(i).url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private interface Node {
        void write(JsonGenerator json) throws IOException;
    }

    /** Escapes what could end a {@code <script>} element or confuse an HTML parser inside it. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
