package dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Restarts a plain {@code java -jar dossier.jar build|check} in a JVM set for a batch job, its
 * classes mapped from a class-data archive beside the jar ({@link ClassArchive}). A JVM started
 * with any option of its own is left as it is: whoever set options chose them.
 *
 * <p>Collector: the parallel one, with a fixed young generation of 128 MB and a heap started at
 * 640 MB. What outlives a page (the bodies parsed before any page, the search index) is promoted,
 * and an old generation sized tightly on what is live, as the serial collector kept it (20-40 %
 * free), fills with it and is collected whole again and again. At 10,000 articles the serial
 * collector stopped the build for 1.2-1.5 s on one core (five full collections), these settings
 * for 0.8-1.0 s on two (two or three full ones): 9.0 s wall against 9.9 s (median of 6, alternating),
 * 2.8 s against 3.1 s at 1,000, for 0.71-0.79 GiB at peak against 0.61-0.66 GiB. Left to size
 * its generations itself, the parallel collector is as fast and takes 2.1 GiB. No {@code -Xmx}:
 * a larger dossier needs more and must get it.
 *
 * <p>Compiler: the optimizing one stays on; the client compiler alone
 * ({@code -XX:TieredStopAtLevel=1}) once took 93 s of CPU against 40 s at 10,000 articles, and
 * since the build got faster it is about even. What the optimizing compiler does cost is inlining:
 * at 10,000 articles its thread took 14-18 s of a 42-49 s build, compiling the page renderers with
 * every callee folded in. Inlining hot callees only up to the size of any callee
 * ({@code -XX:FreqInlineSize=35}, the {@code MaxInlineSize}, against 325) cuts that thread to about
 * 5 s while the render threads run as fast: 32-33 s user against 41-49 s. Transparent huge pages
 * and later or fewer optimizing compiles were within the noise.
 */
final class BatchJvm {

    /** The heap the batch JVM starts with. */
    private static final long STARTING_HEAP = 640L << 20;
    /** The settings of the restarted JVM; the property marks it, so it never restarts again. */
    static final List<String> OPTIONS = List.of("-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy", "-Xmn128m",
            "-Xms" + (STARTING_HEAP >> 20) + "m", "-XX:FreqInlineSize=35", "-Ddossier.batchJvm=true");
    /**
     * The settings where the default heap is smaller than the 640 MB {@link #OPTIONS} start with (a
     * machine of less than 2.5 GB): a heap that size might not be granted there, and a young
     * generation of 128 MB would be most of it. The serial collector, its heap sized on what is live.
     */
    static final List<String> SMALL_MACHINE_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxNewSize=128m",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:FreqInlineSize=35", "-Ddossier.batchJvm=true");
    private static final List<String> BATCH_COMMANDS = List.of("build", "check");

    private BatchJvm() {
    }

    /**
     * The command line of the batch JVM for this start, when one is wanted: {@code launch} is how
     * this JVM was started (its executable, then its arguments), {@code jar} the running jar,
     * {@code archive} the options of its class-data archive, {@code defaultHeap} the largest heap a
     * JVM started without options gets here (this one's).
     */
    static Optional<List<String>> command(List<String> launch, Path jar, List<String> args, List<String> archive,
            long defaultHeap) {
        boolean plain = launch.size() >= 3 && launch.get(1).equals("-jar");
        if (!plain || System.getProperty("dossier.batchJvm") != null || args.isEmpty()
                || !BATCH_COMMANDS.contains(args.get(0)) || !jar.toString().endsWith(".jar")) {
            return Optional.empty();
        }
        var command = new ArrayList<String>();
        command.add(launch.get(0));
        command.addAll(defaultHeap >= STARTING_HEAP ? OPTIONS : SMALL_MACHINE_OPTIONS);
        command.addAll(archive);
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * In the batch JVM, ends it at once when the JVM that started it is gone: that one waits for
     * its batch JVM, so it is gone first only when killed, and a build killed (even with SIGKILL)
     * must not go on writing behind the user's back. No clean-up runs, as after a kill; the next
     * build removes the staging folder left behind.
     */
    static void endWithLauncher() {
        if (System.getProperty("dossier.batchJvm") == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(137)));
    }

    /** Runs the batch JVM and returns its exit code, or empty when none is wanted or it cannot start. */
    static Optional<Integer> run(List<String> args) {
        var info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        var launch = new ArrayList<String>();
        launch.add(info.command().get());
        launch.addAll(List.of(info.arguments().get()));
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
        var archive = ClassArchive.beside(jar, ProcessHandle.current().pid());
        var options = archive.options(ClassArchive.jdkShares());
        var command = command(launch, jar, args, options, Runtime.getRuntime().maxMemory());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            int exit = new ProcessBuilder(command.get()).inheritIO().start().waitFor();
            archive.settle(exit);
            return Optional.of(exit);
        } catch (IOException e) {
            // No second process on this system: the build runs here, only slower.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
