import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@link EngineBench} with, at its end, the CPU of each kind of JVM thread (Linux {@code /proc/self/task}): the JIT
 * compiler threads (C1, C2), the garbage collector's threads (G1's workers, concurrent marking and refinement, the VM
 * thread that runs the pauses), the rest (the engine's own threads: Java code, interpreted or compiled, and the class
 * loading they trigger), and the whole process (exited threads included). One tab-separated line to stdout:
 * {@code total c1 c2 gc vm other} in seconds. Used by {@code bench/warmup}; same arguments as EngineBench.
 */
public final class WarmupProbe {

    public static void main(String[] args) throws Exception {
        EngineBench.main(args);
        double tick = 100.0; // USER_HZ on Linux
        Map<String, Double> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick;
                byKind.merge(kind(name), cpu, Double::sum);
            }
        }
        String[] self = Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ");
        double total = (Long.parseLong(self[11]) + Long.parseLong(self[12])) / tick;
        double known = byKind.getOrDefault("c1", 0.0) + byKind.getOrDefault("c2", 0.0) + byKind.getOrDefault("gc", 0.0)
                + byKind.getOrDefault("vm", 0.0);
        System.out.printf(Locale.ROOT, "%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f%n", total, byKind.getOrDefault("c1", 0.0),
                byKind.getOrDefault("c2", 0.0), byKind.getOrDefault("gc", 0.0), byKind.getOrDefault("vm", 0.0), total - known);
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 CompilerThre")) {
            return "c1";
        }
        if (thread.startsWith("C2 CompilerThre")) {
            return "c2";
        }
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ")) {
            return "gc";
        }
        if (thread.equals("VM Thread")) {
            return "vm";
        }
        return "other";
    }
}
