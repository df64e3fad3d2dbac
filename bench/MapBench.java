import dev.bscportal.core.render.map.VizJsLayout;
import dev.bscportal.core.render.map.MapLayout;
import dev.bscportal.core.render.map.NativeDotLayout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Median milliseconds per map for each layout engine, on the DOT files of a built site. */
public final class MapBench {

    public static void main(String[] args) throws Exception {
        Path maps = Path.of(args[0]);
        int runs = Integer.parseInt(args.length > 1 ? args[1] : "15");
        List<Path> files;
        try (var list = Files.list(maps)) {
            files = list.filter(f -> f.toString().endsWith(".dot")).sorted().toList();
        }
        Optional<NativeDotLayout> dot = NativeDotLayout.onPath();
        Optional<VizJsLayout> embedded = VizJsLayout.start();
        System.out.println("map\tengine\tmedian_ms");
        for (Path file : files) {
            String source = Files.readString(file);
            if (dot.isPresent()) {
                System.out.printf(Locale.ROOT, "%s\tnative-dot\t%.1f%n", file.getFileName(), median(dot.get(), source, runs));
            }
            if (embedded.isPresent()) {
                System.out.printf(Locale.ROOT, "%s\tembedded\t%.1f%n", file.getFileName(), median(embedded.get(), source, Math.max(3, runs / 3)));
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
