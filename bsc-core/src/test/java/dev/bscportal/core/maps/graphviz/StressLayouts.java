package dev.bscportal.core.maps.graphviz;

import com.dylibso.chicory.wasm.WasmModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a fresh JVM by {@link EmbeddedEngineStressTest} and by {@code bench/map-stress}: lays out the example's five
 * maps ROUNDS times on each of THREADS threads, as the site renderer does (a fresh instance per map, several at
 * once), each time WITHOUT the engine's retry, and checks each SVG against the SHA-256 {@code @viz-js/viz} gives
 * under Node. Prints every failure with what Graphviz said, then one summary line:
 * {@code layouts N failures F wrong W c2 NOTE}.
 *
 * <pre>java StressLayouts THREADS ROUNDS</pre>
 */
public final class StressLayouts {

    private StressLayouts() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> names = new ArrayList<>();
        List<String> dots = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : resource("example-maps/viz-js-node.sha256").strip().split("\n")) {
            String[] parts = line.split("\\s+");
            expected.add(parts[0]);
            names.add(parts[1]);
            dots.add(resource("example-maps/" + parts[1]));
        }
        EmbeddedEngine engine = new EmbeddedEngine();
        WasmModule module = engine.module();
        AtomicInteger layouts = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(null, () -> {
                for (int r = 0; r < rounds; r++) {
                    int map = (r + offset) % dots.size();
                    try {
                        String svg = new VizGraphviz(module, VizImports.DEFAULT_HEAP_LIMIT).render(dots.get(map), "dot", "svg");
                        if (!ForkedRender.sha256(svg).equals(expected.get(map))) {
                            wrong.incrementAndGet();
                            System.out.println("WRONG " + names.get(map) + " thread " + offset + " round " + r);
                        }
                    } catch (Exception | Error e) {
                        failures.incrementAndGet();
                        System.out.println("FAILED " + names.get(map) + " thread " + offset + " round " + r + ": " + e);
                    }
                    layouts.incrementAndGet();
                }
            }, "stress-" + t, 64L * 1024 * 1024);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("layouts " + layouts + " failures " + failures + " wrong " + wrong + " c2 "
                + C2Workaround.status().note());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StressLayouts.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
