import dev.bscportal.core.maps.WasmLayout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a person feels from the embedded engine, in one fresh JVM: the first map (module loading, class loading and
 * a cold JIT included), the next 20 maps, and each map once warm.
 *
 * <pre>java EmbeddedBench WARM_RUNS FILE.dot...</pre>
 *
 * Prints {@code first\tms} (the first file), {@code first20\tms} (mean per map of maps 2-21, cycling through the
 * files), then, after 100 more maps, {@code warm\tFILE\tms} (median of WARM_RUNS layouts of each file). bench/maps
 * runs it in several JVMs and takes medians. Files over -Dbench.embeddedMaxBytes (default 100000) are left out.
 */
public final class EmbeddedBench {

    public static void main(String[] args) throws Exception {
        int warmRuns = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        long maxBytes = Long.getLong("bench.embeddedMaxBytes", 100_000);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (Files.size(file) <= maxBytes) { // as MapBench: keeps the run short when the enterprise alignment map is given
                files.add(file);
                sources.add(Files.readString(file));
            }
        }
        long start = System.nanoTime();
        WasmLayout engine = new WasmLayout();
        engine.layout(sources.get(0));
        System.out.printf(Locale.ROOT, "first\t%.1f%n", (System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        for (int i = 1; i <= 20; i++) {
            engine.layout(sources.get(i % sources.size()));
        }
        System.out.printf(Locale.ROOT, "first20\t%.1f%n", (System.nanoTime() - start) / 1e6 / 20);
        for (int i = 0; i < 100; i++) {
            engine.layout(sources.get(i % sources.size()));
        }
        for (int f = 0; f < files.size(); f++) {
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < warmRuns; r++) {
                long s = System.nanoTime();
                engine.layout(sources.get(f));
                times.add((System.nanoTime() - s) / 1e6);
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "warm\t%s\t%.1f%n", files.get(f), times.get(times.size() / 2));
        }
    }
}
