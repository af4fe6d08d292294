package dossier.packaging;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code mvn package} left, as failsafe passes it to the integration tests (see the pom's
 * failsafe configuration): the site, the zip, the jar and the {@code -Ddossier.*} settings used.
 */
record PackagedBuild(Path site, Path zip, Path jar, Path content, String baseUrl, boolean drafts, boolean forDisk,
        String outputTimestamp) {

    static PackagedBuild fromSystemProperties() {
        return new PackagedBuild(existing("dossier.site"), existing("dossier.zip"), existing("dossier.jar"),
                existing("dossier.content"), System.getProperty("dossier.baseUrl", ""),
                Boolean.parseBoolean(System.getProperty("dossier.drafts", "false")),
                Boolean.parseBoolean(System.getProperty("dossier.forDisk", "false")),
                required("dossier.outputTimestamp"));
    }

    private static Path existing(String property) {
        var path = Path.of(required(property));
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + " points at " + path + ", which does not exist (run `mvn verify`)");
        }
        return path;
    }

    private static String required(String property) {
        var value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("no system property " + property + " (these tests run in `mvn verify`)");
        }
        return value;
    }
}
