package dev.bscportal.core.score;

import dev.bscportal.core.memo.Generations;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Measure results kept between scorings: scoring a measure at a period reads only the measure, its measurements and
 * the period, so an equal triple gets the result computed before. The heatmap scores the whole strategy at six
 * periods, and a preview scores it again after every save; an edit changes a few measures at most. Bounded to what
 * the last build asked for ({@link Generations}). One per build, or per preview session; no static state.
 */
public final class ScoreMemo {

    /**
     * A measure and its measurements, compared by value (every field of both). The hash is only the measure's id, where
     * it is written and how many measurements it has: hashing every measurement cost a 10,000-page preview about 5 % of
     * each rebuild, while the one or two kept inputs of a measure at that place are told apart by comparing them, which
     * is quick for the unchanged ones (the loader shares the elements of unchanged files, so most compare by identity).
     */
    private static final class Inputs {
        private final Measure measure;
        private final List<Measurement> measurements;
        private final int hash;

        Inputs(Measure measure, List<Measurement> measurements) {
            this.measure = measure;
            this.measurements = List.copyOf(measurements);
            this.hash = (31 * measure.id().hashCode() + measure.origin().at().hashCode()) * 31 + this.measurements.size();
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Inputs that && hash == that.hash && measure.equals(that.measure)
                    && measurements.equals(that.measurements);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Every input of {@link MeasureScorer#score}: the measure, its measurements, the period. */
    private record Key(Inputs inputs, Period asOf) {
    }

    /** A scorecard and one of its measures, by identity: both are immutable, so they name the same measurements. */
    private record Same(Scorecard scorecard, Measure measure) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same that && scorecard == that.scorecard && measure == that.measure;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(scorecard) + System.identityHashCode(measure);
        }
    }

    private final boolean keeps;
    private final Generations<Key, MeasureResult> results = new Generations<>();
    /** The inputs of each measure of this build's scorecards, so the six scorings of one build hash them once. */
    private volatile Map<Same, Inputs> thisBuild = new ConcurrentHashMap<>();

    public ScoreMemo() {
        this(true);
    }

    private ScoreMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo that keeps nothing: every result is computed. */
    public static ScoreMemo none() {
        return new ScoreMemo(false);
    }

    MeasureResult result(Scorecard scorecard, Measure measure, Period asOf, Supplier<MeasureResult> score) {
        if (!keeps) {
            return score.get();
        }
        Inputs inputs = thisBuild.computeIfAbsent(new Same(scorecard, measure),
                same -> new Inputs(measure, scorecard.measurementsOf(measure.id())));
        return results.get(new Key(inputs, asOf), k -> score.get());
    }

    /** A new build starts: results the last build did not use are dropped. */
    public void next() {
        results.next();
        thisBuild = new ConcurrentHashMap<>();
    }

    /** How many results are kept. */
    public int size() {
        return results.size();
    }
}
