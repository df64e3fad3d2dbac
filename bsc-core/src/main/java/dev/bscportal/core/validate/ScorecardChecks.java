package dev.bscportal.core.validate;

import dev.bscportal.core.memo.Generations;
import dev.bscportal.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What each {@link ScorecardRule} found in each scorecard, kept between checks: a rule runs again only on a scorecard
 * whose own elements, as-of period or measure results changed ({@link OwnScorecard}, compared by value). A preview
 * checks the whole strategy after every save, and a save changes one scorecard or a few; the rules that look across
 * scorecards still run on the whole strategy. Bounded to what the last check used ({@link Generations}): about two
 * checks' keys and problems, whose elements the strategy holds anyway. One per build or preview session; no static
 * state.
 */
public final class ScorecardChecks {

    /** A rule (by class: rules of this kind hold no state) and the scorecard it looked at. */
    private record Key(Class<? extends ScorecardRule> rule, OwnScorecard scorecard) {
    }

    private final boolean keeps;
    private final Generations<Key, List<Problem>> found = new Generations<>();
    /** Each scorecard as the last checks saw it, so that a key of an unchanged one is the instance kept (compared once). */
    private final Generations<OwnScorecard, OwnScorecard> seen = new Generations<>();

    public ScorecardChecks() {
        this(true);
    }

    private ScorecardChecks(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps nothing: every rule runs on every scorecard. */
    public static ScorecardChecks none() {
        return new ScorecardChecks(false);
    }

    /**
     * {@code scorecard}, or the equal one an earlier check kept: the rules of one check then compare their keys by
     * identity, and the scorecard's elements are compared once per check, not once per rule.
     */
    OwnScorecard kept(OwnScorecard scorecard) {
        return keeps ? seen.get(scorecard, s -> s) : scorecard;
    }

    /** What {@code rule} reports in {@code scorecard}: kept from an earlier check of an equal one, or found now. */
    List<Problem> problems(ScorecardRule rule, OwnScorecard scorecard) {
        if (!keeps) {
            return run(rule, scorecard);
        }
        return found.get(new Key(rule.getClass(), scorecard), key -> run(rule, scorecard));
    }

    private static List<Problem> run(ScorecardRule rule, OwnScorecard scorecard) {
        List<Problem> problems = new ArrayList<>();
        rule.check(scorecard, problems::add);
        return List.copyOf(problems);
    }

    /** A new check starts: what the last one did not use is dropped. */
    public void next() {
        found.next();
        seen.next();
    }

    /** How many rule results are kept (for tests). */
    public int size() {
        return found.size();
    }
}
