package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dossier.model.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The chronology as JSON, {@code chronologie/chronologie.json}, for other sites and newsrooms:
 * each event's date at its precision, title, place, description, anchor and sources with the URL
 * of the paragraph that reports it. Its JSON Schema, {@code chronologie.schema.json}, is published
 * beside it. URLs are absolute, under the base URL.
 */
final class ChronologyJson {

    static final SitePath PATH = PageContext.CHRONOLOGY.child("chronologie.json");
    static final SitePath SCHEMA = PageContext.CHRONOLOGY.child("chronologie.schema.json");
    private static final String SCHEMA_RESOURCE = "chronologie.schema.json";
    private static final JsonFactory JSON = new JsonFactory();

    private final SiteRenderer.Parts parts;

    ChronologyJson(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    /** The JSON and its schema. */
    java.util.List<OutputFile> render() {
        return render(parts.dossier().events().stream().map(this::event).toList());
    }

    /** The JSON of the events whose objects are {@code events} (as {@link #event} writes them), and its schema. */
    java.util.List<OutputFile> render(java.util.List<String> events) {
        return files(bytes(events));
    }

    /** The JSON and its schema, the JSON's bytes made already. */
    static java.util.List<OutputFile> files(byte[] json) {
        return java.util.List.of(new OutputFile(PATH, json), new OutputFile(SCHEMA, schema()));
    }

    /** The bytes of the JSON of the events whose objects are {@code events}: each object's bytes are in it as they are. */
    byte[] bytes(java.util.List<String> events) {
        var bytes = json(json -> write(json, events));
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** One event's object, indented to sit in the list of events (two levels down: newlines take four spaces). */
    String event(Event event) {
        return json(json -> event(json, event)).toString(java.nio.charset.StandardCharsets.UTF_8).replace("\n", "\n    ");
    }

    private interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    private static ByteArrayOutputStream json(Writing writing) {
        var bytes = new ByteArrayOutputStream();
        try (var json = JSON.createGenerator(bytes)) {
            // LF on every machine: Jackson's default indenter takes the system's line separator
            var indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private void write(JsonGenerator json, java.util.List<String> events) throws IOException {
        var settings = parts.dossier().settings();
        json.writeStartObject();
        json.writeStringField("$schema", settings.baseUrl().resolve(SCHEMA.value()).toString());
        json.writeStringField("title", settings.title());
        json.writeStringField("url", settings.baseUrl().resolve(PageContext.CHRONOLOGY.value()).toString());
        json.writeArrayFieldStart("events");
        for (var event : events) {
            json.writeRawValue(event);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void event(JsonGenerator json, Event event) throws IOException {
        var base = parts.dossier().settings().baseUrl();
        var anchor = parts.cards().anchor(event);
        json.writeStartObject();
        json.writeStringField("anchor", anchor);
        json.writeStringField("url", base.resolve(PageContext.CHRONOLOGY.value()) + "#" + anchor);
        json.writeStringField("date", event.date().iso());
        json.writeStringField("precision", event.date().precision().name().toLowerCase(Locale.ROOT));
        json.writeStringField("dateText", FrenchDates.of(event.date()).replace('\u00A0', ' '));
        json.writeStringField("title", event.title());
        json.writeStringField("place", event.place());
        json.writeStringField("description", event.description());
        json.writeBooleanField("upcoming", parts.cards().upcoming(event));
        json.writeArrayFieldStart("sources");
        for (var slug : event.sources()) {
            var article = parts.dossier().article(slug);
            if (article.isEmpty()) {
                continue;
            }
            var paragraph = parts.cards().paragraph(event, slug);
            json.writeStartObject();
            json.writeStringField("article", slug.value());
            json.writeStringField("title", article.get().title());
            json.writeStringField("url", base.resolve(PageContext.ARTICLES.page(slug).value())
                    + (paragraph.isEmpty() ? "" : "#" + paragraph));
            json.writeStringField("outlet", article.get().source().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static byte[] schema() {
        try (InputStream in = ChronologyJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks dossier/render/" + SCHEMA_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
