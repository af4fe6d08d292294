package dossier.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code target/dossier.jar} run in a child JVM, its output kept in a log file beside it. */
record JarProcess(Process process, Path log) {

    static final long TIMEOUT_SECONDS = 300;

    /** Starts {@code java [jvmOptions] -jar dossier.jar args} in {@code folder}. */
    static JarProcess start(Path jar, Path folder, List<String> jvmOptions, List<String> args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        command.addAll(args);
        var log = Files.createTempFile(folder, "dossier-", ".log");
        var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the child must not take the build date from the environment of whoever runs the tests
        builder.environment().remove("SOURCE_DATE_EPOCH");
        return new JarProcess(builder.start(), log);
    }

    /** Waits for the end (bounded) and returns the exit code. */
    int waitForExit() throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the build did not end within " + TIMEOUT_SECONDS + " s: " + output());
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log);
    }
}
