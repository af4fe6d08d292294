package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The site {@code mvn package} built follows the {@code -Ddossier.*} properties it was run with:
 * the pom's wiring seen from its result, whatever the properties were.
 */
class BuildPropertiesIT {

    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");
    private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"articles/[^\"/]+/(index\\.html)?\"");

    private final PackagedBuild build = PackagedBuild.fromSystemProperties();

    @Test
    void frontPageCanonicalUrlIsTheBaseUrlPropertyOrElseTheOneOfDossierYaml() throws IOException {
        var expected = build.baseUrl().isEmpty() ? yamlBaseUrl() : build.baseUrl();
        var matcher = CANONICAL.matcher(Files.readString(build.site().resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(matcher.find(), "index.html has no canonical link");
        assertEquals(withSlash(expected), matcher.group(1));
    }

    @Test
    void articleLinksEndWithIndexHtmlExactlyWhenBuiltForDisk() throws IOException {
        var matcher = ARTICLE_LINK.matcher(Files.readString(build.site().resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(matcher.find(), "index.html links to no article");
        do {
            assertEquals(build.forDisk(), matcher.group(1) != null, matcher.group());
        } while (matcher.find());
    }

    private String yamlBaseUrl() throws IOException {
        Map<String, Object> yaml = new Yaml().load(Files.readString(build.content().resolve("dossier.yaml"), StandardCharsets.UTF_8));
        return yaml.get("baseUrl").toString().strip();
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
