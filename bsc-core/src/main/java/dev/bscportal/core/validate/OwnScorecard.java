package dev.bscportal.core.validate;

import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ScorecardScores;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * All a {@link ScorecardRule} may look at: one scorecard's own elements (its units left out), its as-of period and its
 * measures' results. It is also the key under which {@link ScorecardChecks} keeps what a rule found, so a rule cannot
 * read anything the key leaves out. Compared by value; the hash is only the path and the as-of period (cheap: a preview
 * asks for every scorecard after every save, and hashing all elements would cost what running the rules costs).
 *
 * @param scorecard the scorecard without its units
 * @param asOf the scorecard's as-of period (empty when it has no data)
 * @param measures each measure's result at {@code asOf}, by measure id
 */
public record OwnScorecard(Scorecard scorecard, Optional<Period> asOf, Map<String, MeasureResult> measures) {

    public OwnScorecard {
        if (!scorecard.units().isEmpty()) {
            throw new IllegalArgumentException("an own scorecard holds no units");
        }
        measures = Map.copyOf(measures);
    }

    /** {@code scorecard} without its units, with what {@code scores} says of it. */
    public static OwnScorecard of(Scorecard scorecard, ScorecardScores scores) {
        Scorecard own = scorecard.units().isEmpty() ? scorecard : new Scorecard(scorecard.path(), scorecard.directory(),
                scorecard.info(), scorecard.perspectives(), scorecard.themes(), scorecard.objectives(), scorecard.measures(),
                scorecard.measurements(), scorecard.initiatives(), scorecard.okrs(), scorecard.reviews(), List.of(),
                scorecard.unreadable());
        return new OwnScorecard(own, scores.asOf(), scores.measures());
    }

    /** The result of measure {@code id}; it must be a measure of this scorecard. */
    public MeasureResult measure(String id) {
        MeasureResult result = measures.get(id);
        if (result == null) {
            throw new IllegalArgumentException("no measure " + id + " in scorecard '" + scorecard.path() + "'");
        }
        return result;
    }

    @Override
    public int hashCode() {
        // equal values have equal paths and periods, so this agrees with equals
        return Objects.hash(scorecard.path(), asOf);
    }
}
