import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.BuildResult;
import dev.bscportal.core.build.SiteBuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The engine in a JVM kept between builds (as bsc:serve or the Maven Daemon keeps it): N builds in one JVM, from the
 * second on with one measurement of the first unit changed before each (the last row's value, +0.5 then -0.5).
 * Prints each build's phases and its process CPU; -Dbooks=1 writes the briefing books too. Used for the warm figures
 * of bench/results.md section 00000 (medians of builds 4-6, run once per tree and setting, one after the other):
 *
 * <pre>
 * CP=site-template/target/classes:bsc-core/target/classes:bsc-fonts-cjk/target/classes:$(cat target/bench/classpath.txt)
 * javac -d target/bench/classes -cp "$CP" bench/WarmOne.java
 * cd &lt;a copy of a generated strategy's folder&gt; &amp;&amp; java [-Dbooks=1] [-XX:StartFlightRecording=...] \
 *     -cp "&lt;root&gt;/target/bench/classes:$CP" WarmOne src/strategy out &lt;map cache&gt; 6
 * </pre>
 */
public final class WarmOne {
    public static void main(String[] args) throws Exception {
        Path strategy = Path.of(args[0]);
        Path site = Path.of(args[1]);
        Path cache = Path.of(args[2]);
        int builds = Integer.parseInt(args[3]);
        BuildOptions options = BuildOptions.builder(strategy, site).baseDirectory(strategy.toAbsolutePath().getParent())
                .mapCacheDirectory(cache).engine("dot").quickJit(false).books(System.getProperty("books") != null ? dev.bscportal.core.book.BookSize.A4 : null).build();
        Path csv;
        try (Stream<Path> s = Files.walk(strategy.resolve("units"))) {
            csv = s.filter(p -> p.toString().contains("/measurements/") && p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int b = 1; b <= builds; b++) {
            if (b > 1) {
                List<String> lines = new ArrayList<>(Files.readAllLines(csv));
                String[] f = lines.get(lines.size() - 1).split(",");
                f[2] = String.valueOf(Double.parseDouble(f[2]) + (b % 2 == 0 ? 0.5 : -0.5));
                lines.set(lines.size() - 1, String.join(",", f));
                Files.write(csv, lines);
            }
            long cpu0 = processCpu();
            System.err.println("START " + b + " " + java.time.Instant.now());
            BuildResult r = new SiteBuild(options, BuildLog.silent()).build();
            BuildResult.Timings t = r.timings();
            System.err.printf(Locale.ROOT, "build %d: check %d ms, changes %d ms, render+publish %d ms, total %d ms, cpu %d ms; %d pages (%d kept)%n",
                    b, t.checkMillis(), t.changesMillis(), t.renderMillis(), t.totalMillis(), (processCpu() - cpu0) / 1_000_000, r.pages(), r.pagesKept());
        }
    }
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
