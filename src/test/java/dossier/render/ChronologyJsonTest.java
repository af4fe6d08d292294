package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronologyJsonTest {

    private static final Path SCHEMA = Path.of("src/main/resources/dossier/render/chronologie.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void chronologyJsonIsValidAgainstItsSchema() throws IOException {
        var json = build("chronologie/chronologie.json");
        assertEquals(List.of(), errors(json));
    }

    @Test
    void schemaRefusesAnEventWithoutDateOrWithAnUnknownPrecision() throws IOException {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) build("chronologie/chronologie.json");
        var event = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("events").get(0);
        event.remove("date");
        event.put("precision", "week");
        assertEquals(2, errors(json).size(), errors(json).toString());
    }

    @Test
    void eachEventHasItsDatePrecisionAnchorAndSourcesWithParagraphUrls() throws IOException {
        var events = build("chronologie/chronologie.json").get("events");
        assertEquals(4, events.size());
        var ratified = events.get(2);
        assertEquals("2025-10-07", ratified.get("date").asText());
        assertEquals("day", ratified.get("precision").asText());
        assertEquals("7 octobre 2025", ratified.get("dateText").asText());
        assertEquals("e-2025-10-07-la-douma-ratifie-l-accord", ratified.get("anchor").asText());
        assertEquals("https://example.org/essai/chronologie/#e-2025-10-07-la-douma-ratifie-l-accord", ratified.get("url").asText());
        assertEquals(List.of("https://example.org/essai/articles/visite/#p-les-deux-presidents-se-sont",
                "https://example.org/essai/articles/accord-ratifie/#p-le-mardi-7-octobre-2025"),
                ratified.get("sources").findValuesAsText("url"));
        assertEquals("month", events.get(1).get("precision").asText());
        assertEquals("year", events.get(0).get("precision").asText());
        assertEquals(true, events.get(3).get("upcoming").asBoolean());
    }

    @Test
    void schemaIsPublishedBesideTheJson() throws IOException {
        assertEquals(JSON.readTree(SCHEMA.toFile()), build("chronologie/chronologie.schema.json"));
    }

    private static List<String> errors(JsonNode json) throws IOException {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(SCHEMA.toFile()));
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonNode build(String file) throws IOException {
        var build = FixtureBuild.build("basic", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        return JSON.readTree(Files.readString(build.site().resolve(file)));
    }
}
