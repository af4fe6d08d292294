package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final FileTime JAR_TIME = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path folder;

    private ClassArchive archive;

    @BeforeEach
    void jar() throws IOException {
        var jar = Files.write(folder.resolve("dossier.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, JAR_TIME);
        archive = ClassArchive.beside(jar, 42);
    }

    @Test
    void archiveSitsBesideTheJarNamedForTheJdk() {
        assertEquals(folder.resolve("dossier-" + Runtime.version() + ".jsa"), archive.archive());
        assertEquals(folder.resolve("dossier-" + Runtime.version() + ".jsa.42.tmp"), archive.pending());
    }

    @Test
    void firstBuildWritesTheArchiveAsItEnds() {
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + archive.pending(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                archive.options(true));
    }

    @Test
    void jdkWithoutArchiveOfItsOwnWritesNone() {
        assertEquals(List.of(), archive.options(false));
    }

    @Test
    void archiveNewerThanTheJarIsUsed() throws IOException {
        Files.write(archive.archive(), new byte[] {4});
        Files.setLastModifiedTime(archive.archive(), FileTime.fromMillis(JAR_TIME.toMillis() + 1000));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.archive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                archive.options(false));
    }

    @Test
    void archiveOlderThanTheJarIsWrittenAgain() throws IOException {
        Files.write(archive.archive(), new byte[] {4});
        Files.setLastModifiedTime(archive.archive(), FileTime.fromMillis(JAR_TIME.toMillis() - 1000));
        assertFalse(archive.usable());
        assertEquals("-XX:ArchiveClassesAtExit=" + archive.pending(), archive.options(true).get(0));
    }

    @Test
    void successfulBuildPutsItsArchiveInPlace() throws IOException {
        Files.write(archive.archive(), new byte[] {4});
        Files.write(archive.pending(), new byte[] {5});
        archive.settle(0);
        assertFalse(Files.exists(archive.pending()));
        assertEquals(5, Files.readAllBytes(archive.archive())[0]);
    }

    @Test
    void failedBuildLeavesNoArchiveBehind() throws IOException {
        Files.write(archive.pending(), new byte[] {5});
        archive.settle(1);
        assertFalse(Files.exists(archive.pending()));
        assertFalse(Files.exists(archive.archive()));
    }

    @Test
    void buildThatWroteNothingChangesNothing() throws IOException {
        Files.write(archive.archive(), new byte[] {4});
        archive.settle(0);
        assertTrue(Files.exists(archive.archive()));
        assertEquals(4, Files.readAllBytes(archive.archive())[0]);
    }
}
