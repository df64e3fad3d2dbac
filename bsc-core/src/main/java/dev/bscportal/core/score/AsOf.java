package dev.bscportal.core.score;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.Comparator;
import java.util.Optional;

/**
 * The reporting period: the company's {@code as-of} when set, otherwise the latest period that has a
 * measurement anywhere in the strategy (latest start, the finer period on a tie). Never the wall clock,
 * so a rebuild of the same files gives the same site.
 */
public final class AsOf {

    private static final Comparator<Period> LATEST_START = Comparator
            .comparing(Period::startDate)
            .thenComparing(p -> -p.granularity().ordinal());

    private AsOf() {
    }

    public static Optional<Period> of(Strategy strategy) {
        Optional<Period> declared = strategy.company().info().asOf();
        if (declared.isPresent()) {
            return declared;
        }
        return strategy.allScorecards().stream()
                .flatMap(s -> s.measurements().stream())
                .map(Measurement::period)
                .max(LATEST_START);
    }

    /** A unit's own {@code as-of} wins over the strategy's. */
    static Optional<Period> of(Scorecard scorecard, Optional<Period> strategyAsOf) {
        return scorecard.info().asOf().or(() -> strategyAsOf);
    }
}
