package dossier.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: runs the same build several times in one JVM and prints each one's wall and CPU
 * time, then the median of the builds after the first. The first is what {@code java -jar
 * dossier.jar build} costs, start-up and compiling included; the others are the build's own
 * work with its code compiled, which a change to the generator is best judged on, as it leaves
 * out the compilers' share and most of its noise. After {@code mvn package}, with the batch
 * JVM's settings ({@link BatchJvm#OPTIONS}): {@code java -XX:+UseParallelGC
 * -XX:-UseAdaptiveSizePolicy -Xmn128m -Xms640m -XX:FreqInlineSize=35 -Ddossier.batchJvm=true -cp
 * target/dossier.jar:target/test-classes dossier.cli.WarmBuildBenchmark
 * /tmp/dossier-bench/c10000/content /tmp/dossier-bench/warm-out 5}
 */
public final class WarmBuildBenchmark {

    private WarmBuildBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: WarmBuildBenchmark CONTENT-DIR OUT-DIR BUILDS");
            System.exit(2);
        }
        var build = List.of("build", "--content", args[0], "--out", args[1]);
        int builds = Integer.parseInt(args[2]);
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        var walls = new ArrayList<Double>();
        var cpus = new ArrayList<Double>();
        for (int i = 1; i <= builds; i++) {
            long wall = System.nanoTime();
            long cpu = system.getProcessCpuTime();
            // the content's warnings are printed once, with the first build
            int status = Main.run(build, quiet, i == 1 ? System.err : quiet);
            if (status != 0) {
                System.err.println("build " + i + " failed (" + status + ")");
                System.exit(1);
            }
            walls.add((System.nanoTime() - wall) / 1e9);
            cpus.add((system.getProcessCpuTime() - cpu) / 1e9);
            System.out.printf("build %d: wall %6.2f s   cpu %6.2f s%n", i, walls.get(i - 1), cpus.get(i - 1));
        }
        if (builds > 1) {
            System.out.printf("warm builds (2 to %d), median: wall %6.2f s   cpu %6.2f s%n", builds,
                    median(walls.subList(1, builds)), median(cpus.subList(1, builds)));
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
