package dev.bscportal.core.validate;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;

import java.util.function.Consumer;

/**
 * A rule whose problems in each scorecard follow from that scorecard's own elements, as-of period and measure results
 * alone ({@link OwnScorecard}), never from its units, its parent or any other scorecard. What it finds in a scorecard
 * that did not change is therefore what it found before ({@link ScorecardChecks}). A rule that looks across scorecards
 * (cascades, links, calculated measures, unit objectives supporting one) implements {@link Rule} and sees the whole
 * strategy. Rules of this kind hold no state: two of one class find the same.
 */
interface ScorecardRule extends Rule {

    /** Reports every problem this rule finds in one scorecard. */
    void check(OwnScorecard scorecard, Consumer<Problem> report);

    @Override
    default void check(ValidationContext context, Consumer<Problem> report) {
        for (Scorecard scorecard : context.strategy().allScorecards()) {
            check(OwnScorecard.of(scorecard, context.scores().of(scorecard)), report);
        }
    }
}
