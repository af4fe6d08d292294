package dossier.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of a temporary folder a browser wrote into. */
final class TempFolder {

    private TempFolder() {
    }

    /**
     * Deletes {@code folder} and everything in it. A browser that is still exiting may add a
     * file while we delete, so a few passes are made before giving up.
     */
    static void delete(Path folder) {
        IOException last = null;
        for (int pass = 0; pass < 5 && Files.exists(folder); pass++) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                last = e;
                sleep();
            }
        }
        if (Files.exists(folder)) {
            throw new IllegalStateException("could not remove " + folder, last);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
