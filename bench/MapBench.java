import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.maps.NativeDotLayout;
import dev.bscportal.core.maps.WasmLayout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Median milliseconds per map for each layout engine, on DOT files of a built site.
 *
 * <pre>java MapBench RUNS (DIR | FILE.dot)...</pre>
 *
 * Engines: native-dot (the site's NativeDotLayout, without the cache) and embedded (WasmLayout: Graphviz compiled
 * to JVM bytecode, the default without Graphviz), each warmed up by one layout of the map. The embedded engine skips
 * files larger than -Dbench.embeddedMaxBytes (default 100000), to keep the run short on the enterprise alignment
 * map. EmbeddedBench gives the embedded engine's first-map and first-20 figures in fresh JVMs.
 */
public final class MapBench {

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            if (Files.isDirectory(p)) {
                try (var list = Files.list(p)) {
                    list.filter(f -> f.toString().endsWith(".dot")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        long embeddedMax = Long.getLong("bench.embeddedMaxBytes", 100_000);
        Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
        WasmLayout embedded = new WasmLayout();
        System.out.println("map\tengine\tmedian_ms");
        for (Path file : files) {
            String source = Files.readString(file);
            String name = file.toString();
            if (dot.isPresent()) {
                System.out.printf(Locale.ROOT, "%s\tnative-dot\t%.1f%n", name, median(dot.get(), source, runs));
            }
            if (source.length() <= embeddedMax) {
                System.out.printf(Locale.ROOT, "%s\tembedded\t%.1f%n", name, median(embedded, source, runs));
            }
        }
    }

    private static double median(MapLayout engine, String dot, int runs) throws Exception {
        engine.layout(dot);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.layout(dot);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
