import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.load.LoadResult;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.load.StrategyLoader;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loading a strategy alone (files to model, no check, score or render), as the first thing every build does: N loads
 * in this JVM, each with a new {@link ParsedFiles} (nothing parsed before, as in a fresh build), units side by side or
 * one after the other. Prints each load's wall time and the process CPU it took.
 *
 * <pre>java LoadBench STRATEGY_DIR LOADS default|sequential</pre>
 *
 * {@code default} is the loader a build uses; {@code sequential} asks for the units one after the other (a tree from
 * before side-by-side loading has no such choice, so it is asked for by reflection and this file compiles there too).
 */
public final class LoadBench {

    public static void main(String[] args) throws ReflectiveOperationException {
        Path strategy = Path.of(args[0]);
        int loads = Integer.parseInt(args[1]);
        String mode = args[2];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= loads; i++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            LoadResult result = loader(mode).load(strategy);
            long wall = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "load %d: wall %d ms, cpu %d ms, %d units, %d problems%n", i, wall / 1_000_000,
                    (os.getProcessCpuTime() - cpu) / 1_000_000, result.strategy().orElseThrow().company().units().size(),
                    result.problems().size());
        }
    }

    private static StrategyLoader loader(String mode) throws ReflectiveOperationException {
        if (mode.equals("default")) {
            return new StrategyLoader(LoadLimits.DEFAULTS, new ParsedFiles());
        }
        return StrategyLoader.class.getConstructor(LoadLimits.class, ParsedFiles.class, boolean.class)
                .newInstance(LoadLimits.DEFAULTS, new ParsedFiles(), false);
    }
}
