import dev.bscportal.core.calc.Calculations;
import dev.bscportal.core.load.StrategyLoader;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.ScoreMemo;
import dev.bscportal.core.score.Scoring;
import dev.bscportal.core.score.StatusHistory;
import dev.bscportal.core.score.StrategyScores;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The heatmap's scorings of the whole strategy at the periods before its as-of period, scored anew
 * ({@code Scoring.score}) and taken from the as-of results where they can be ({@code Scoring.scoreEarlier}),
 * alternating in one JVM; prints each round's wall and thread CPU time.
 *
 * <pre>
 * CP=site-template/target/classes:bsc-core/target/classes:bsc-fonts-cjk/target/classes:$(cat target/bench/classpath.txt)
 * javac -d target/bench/classes -cp "$CP" bench/HeatmapBench.java
 * java -XX:TieredStopAtLevel=1 -cp "target/bench/classes:$CP" HeatmapBench &lt;strategy dir&gt; 3 anew,earlier
 * </pre>
 */
public final class HeatmapBench {

    public static void main(String[] args) {
        Strategy strategy = Calculations.apply(new StrategyLoader().load(Path.of(args[0])).strategy().orElseThrow());
        StrategyScores current = Scoring.score(strategy);
        Period asOf = current.asOf().orElseThrow();
        List<Period> periods = asOf.lastPeriods(StatusHistory.PERIODS);
        var thread = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            for (String mode : args[2].split(",")) {
                long cpu = thread.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                for (Period period : periods) {
                    if (!period.equals(asOf)) {
                        StrategyScores scores = mode.equals("anew") ? Scoring.score(strategy, Optional.of(period), new ScoreMemo())
                                : Scoring.scoreEarlier(strategy, period, current, new ScoreMemo());
                        scores.asOf().orElseThrow();
                    }
                }
                System.out.printf(Locale.ROOT, "round %d %-8s wall %5d ms cpu %5d ms%n", round, mode,
                        (System.nanoTime() - start) / 1_000_000, (thread.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            }
        }
    }
}
