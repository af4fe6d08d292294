package dossier.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The pom's wiring, read from pom.xml itself: each {@code -Ddossier.*} property reaches the flag
 * of the build command that gives it its effect (the flags are tested in BuildFlagsTest), the
 * zip is made after the site, the README and the guide document every property, and
 * {@code mvn site} has its three reports.
 */
class PomTest {

    /** Property → the argument the build-site execution must pass, in order. */
    private static final Map<String, List<String>> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("dossier.content", List.of("--content", "${dossier.content}"));
        FLAGS.put("dossier.templates", List.of("--templates", "${dossier.templates}"));
        FLAGS.put("dossier.output", List.of("--out", "${dossier.output}"));
        FLAGS.put("dossier.baseUrl", List.of("--base-url=${dossier.baseUrl}"));
        FLAGS.put("dossier.drafts", List.of("--drafts=${dossier.drafts}"));
        FLAGS.put("dossier.forDisk", List.of("--for-disk=${dossier.forDisk}"));
    }

    private static final Pattern PROPERTY_ROW = Pattern.compile("^\\| `-D(dossier\\.[A-Za-z]+)=", Pattern.MULTILINE);

    private final Document pom = parse(Path.of("pom.xml"));

    @Test
    void everyDossierPropertyReachesItsFlagOfTheBuildCommand() {
        var expected = new ArrayList<>(List.of("-jar", "${project.build.directory}/dossier.jar", "build"));
        FLAGS.values().forEach(expected::addAll);
        assertEquals(expected, texts(execution("build-site"), "argument"));
        assertEquals(new TreeSet<>(FLAGS.keySet()), dossierProperties());
    }

    @Test
    void unsetPropertiesDefaultToTheCommandsOwnDefaults() {
        var properties = (Element) pom.getElementsByTagName("properties").item(0);
        assertEquals("", texts(properties, "dossier.baseUrl").get(0));
        assertEquals("false", texts(properties, "dossier.drafts").get(0));
        assertEquals("false", texts(properties, "dossier.forDisk").get(0));
        assertFalse(texts(properties, "project.build.outputTimestamp").get(0).isBlank());
    }

    @Test
    void siteZipIsAssembledAfterTheSiteIsBuiltInThePackagePhase() {
        var order = new ArrayList<String>();
        var executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            var execution = (Element) executions.item(i);
            if (texts(execution, "phase").equals(List.of("package"))) {
                order.add(texts(execution, "goal").get(0) + (texts(execution, "id").isEmpty() ? "" : "@" + texts(execution, "id").get(0)));
            }
        }
        assertEquals(List.of("shade", "exec@build-site", "single@site-zip"), order);
    }

    @Test
    void readmeAndGuideTablesListEveryDossierProperty() throws IOException {
        for (var doc : List.of(Path.of("README.md"), Path.of("src/site/markdown/commands.md"))) {
            var documented = new TreeSet<String>();
            PROPERTY_ROW.matcher(Files.readString(doc, StandardCharsets.UTF_8)).results()
                    .forEach(m -> documented.add(m.group(1)));
            assertEquals(dossierProperties(), documented, doc.toString());
        }
    }

    @Test
    void siteReportsTestsCoverageAndJavadoc() {
        var reporting = (Element) pom.getElementsByTagName("reporting").item(0);
        var reports = new TreeSet<String>();
        var plugins = reporting.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            var plugin = (Element) plugins.item(i);
            texts(plugin, "report").forEach(r -> reports.add(texts(plugin, "artifactId").get(0) + ":" + r));
        }
        assertTrue(reports.containsAll(List.of("maven-surefire-report-plugin:report", "jacoco-maven-plugin:report",
                "maven-javadoc-plugin:javadoc")), reports.toString());
    }

    private TreeSet<String> dossierProperties() {
        var names = new TreeSet<String>();
        var children = pom.getElementsByTagName("properties").item(0).getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().startsWith("dossier.")) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    private Element execution(String id) {
        var executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            var execution = (Element) executions.item(i);
            if (texts(execution, "id").equals(List.of(id))) {
                return execution;
            }
        }
        throw new AssertionError("pom.xml has no execution " + id);
    }

    private static List<String> texts(Element parent, String tag) {
        var nodes = parent.getElementsByTagName(tag);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static Document parse(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
