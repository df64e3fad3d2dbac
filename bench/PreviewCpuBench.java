import dev.bscportal.core.build.BuildLog;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.preview.PreviewBuild;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of one preview rebuild (bsc:serve's engine without the server), so a loaded machine can still compare
 * two engines: the process's CPU time (all threads) and wall time around {@link PreviewBuild#run()} after each edit.
 * Edits alternate between an objective's text of the company and one value of unit-001's financial measurements.
 *
 * <pre>java [-Dbench.jfr=FILE] PreviewCpuBench STRATEGY_COPY SCRATCH_DIR [edits]</pre>
 */
public final class PreviewCpuBench {

    public static void main(String[] args) throws Exception {
        Path strategy = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        BuildOptions options = BuildOptions.builder(strategy, scratch.resolve("unpublished")).workDirectory(scratch)
                .mapCacheDirectory(scratch.resolve("map-cache")).engine("dot").build();
        PreviewBuild preview = new PreviewBuild(new SiteBuild(options, BuildLog.silent()), scratch);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        if (!preview.run().succeeded()) {
            throw new IllegalStateException("the first build failed");
        }
        System.err.printf(Locale.ROOT, "first build: cpu %d ms, wall %d ms%n", (os.getProcessCpuTime() - cpu) / 1_000_000,
                (System.nanoTime() - wall) / 1_000_000);
        Path objective;
        try (var files = Files.list(strategy.resolve("objectives"))) {
            objective = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Path csv = strategy.resolve("units/unit-001/measurements/financial.csv");
        String objectiveText = Files.readString(objective, StandardCharsets.UTF_8);
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        List<Long> cpus = new ArrayList<>();
        List<Long> walls = new ArrayList<>();
        // -Dbench.jfr=FILE: a JFR recording (settings=profile) of the rebuilds only, not of the first build
        String jfrFile = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = null;
        if (jfrFile != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        try {
            for (int i = 1; i <= edits; i++) {
                String kind;
                if (i % 2 == 1) {
                    Files.writeString(objective, objectiveText + "\nEdited " + i + " times.\n", StandardCharsets.UTF_8);
                    kind = "objective text";
                } else {
                    List<String> lines = new ArrayList<>(List.of(csvText.split("\n")));
                    int row = lines.size() - 1;
                    while (lines.get(row).contains("\"")) {
                        row--; // the newest plain row, as bench/run edits it
                    }
                    String[] f = lines.get(row).split(",", -1);
                    f[2] = String.valueOf(Double.parseDouble(f[2]) + 0.1 * i);
                    lines.set(row, String.join(",", f));
                    Files.writeString(csv, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                    kind = "measurement";
                }
                cpu = os.getProcessCpuTime();
                wall = System.nanoTime();
                PreviewBuild.Outcome outcome = preview.run();
                long c = (os.getProcessCpuTime() - cpu) / 1_000_000;
                long w = (System.nanoTime() - wall) / 1_000_000;
                if (!outcome.succeeded()) {
                    throw new IllegalStateException("edit " + i + " failed: " + outcome.problems());
                }
                cpus.add(c);
                walls.add(w);
                System.err.printf(Locale.ROOT, "edit %d (%s): cpu %d ms, wall %d ms, %s%n", i, kind, c, w,
                        preview.lastReport().map(r -> r.pages() + " pages, " + r.pagesKept() + " kept").orElse(""));
            }
        } finally {
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(jfrFile));
                recording.close();
            }
            Files.writeString(objective, objectiveText, StandardCharsets.UTF_8);
            Files.writeString(csv, csvText, StandardCharsets.UTF_8);
        }
        Collections.sort(cpus);
        Collections.sort(walls);
        System.out.printf(Locale.ROOT, "rebuild after an edit, median of %d: cpu %d ms, wall %d ms%n", edits,
                cpus.get(edits / 2), walls.get(edits / 2));
    }
}
