package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJvmTest {

    private static final Path JAR = Path.of("/opt/dossier/dossier.jar");

    @Test
    void plainJarBuildRestartsWithTheBatchSettings() {
        var command = BatchJvm.command(List.of("/usr/bin/java", "-jar", "dossier.jar", "build", "--out", "x"), JAR,
                List.of("build", "--out", "x"), List.of("-XX:SharedArchiveFile=/opt/dossier/dossier.jsa"), 6L << 30);
        assertEquals(Optional.of(List.of("/usr/bin/java", "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy",
                "-Xmn128m", "-Xms640m", "-XX:FreqInlineSize=35", "-Ddossier.batchJvm=true",
                "-XX:SharedArchiveFile=/opt/dossier/dossier.jsa", "-cp", "/opt/dossier/dossier.jar", "dossier.cli.Main", "build", "--out", "x")),
                command);
    }

    @Test
    void machineWhoseDefaultHeapIsBelowTheStartingHeapGetsTheSerialCollectorSizedOnWhatIsLive() {
        var command = BatchJvm.command(List.of("/usr/bin/java", "-jar", "dossier.jar", "build"), JAR, List.of("build"),
                List.of(), 512L << 20);
        assertEquals(Optional.of(List.of("/usr/bin/java", "-XX:+UseSerialGC", "-XX:MaxNewSize=128m",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:FreqInlineSize=35",
                "-Ddossier.batchJvm=true", "-cp", "/opt/dossier/dossier.jar", "dossier.cli.Main", "build")), command);
        assertEquals(BatchJvm.OPTIONS, BatchJvm.command(List.of("/usr/bin/java", "-jar", "dossier.jar", "build"), JAR,
                List.of("build"), List.of(), 640L << 20).orElseThrow().subList(1, 7));
    }

    @Test
    void jvmStartedWithItsOwnOptionsIsLeftAsItIs() {
        assertEquals(Optional.empty(), BatchJvm.command(List.of("/usr/bin/java", "-Xmx2g", "-jar", "dossier.jar", "build"),
                JAR, List.of("build"), List.of(), 6L << 30));
    }

    @Test
    void serveKeepsTheJvmItWasStartedIn() {
        assertEquals(Optional.empty(), BatchJvm.command(List.of("/usr/bin/java", "-jar", "dossier.jar", "serve"),
                JAR, List.of("serve"), List.of(), 6L << 30));
    }

    @Test
    void classesOutsideAJarAreNotRestarted() {
        assertEquals(Optional.empty(), BatchJvm.command(List.of("/usr/bin/java", "-jar", "dossier.jar", "check"),
                Path.of("/work/target/classes"), List.of("check"), List.of(), 6L << 30));
    }
}
