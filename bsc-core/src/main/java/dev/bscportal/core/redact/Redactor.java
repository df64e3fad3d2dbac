package dev.bscportal.core.redact;

import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.history.Change;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.model.InferredDecimals;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Milestone;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.StrategyInfo;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Makes the model an audience may see: without budgets, without people's names (the owner, sponsor and attendee
 * fields emptied, and every name withheld wherever it appears in any other text of the model, see
 * {@link ModelText}), and without actual values (measurements with their notes,
 * baselines, key results' current values). Statuses are computed from the full model first; the scores of an
 * edition without actuals are reduced to statuses by the site's {@code StatusOnlyScores}.
 */
public final class Redactor {

    static final String WITHHELD = NameMatcher.WITHHELD;

    private Redactor() {
    }

    public static Strategy apply(Strategy strategy, Set<Redaction> redactions) {
        if (redactions.isEmpty()) {
            return strategy;
        }
        boolean owners = redactions.contains(Redaction.OWNERS);
        UnaryOperator<String> name = n -> owners ? "" : n;
        Strategy structural = new Strategy(scorecard(strategy.company(), redactions, name));
        return owners ? modelText(names(strategy)).scrub(structural) : structural;
    }

    /** Texts scrubbed of {@code names}, Markdown judged by the site's own two renderings (raw HTML escaped and allowed). */
    public static ModelText modelText(NameMatcher names) {
        return new ModelText(names, new Markdown(false)::toHtmlUncached, new Markdown(true)::toHtmlUncached);
    }

    /**
     * The "What changed" report an audience may see: without names, the owner changes show neither the old
     * nor the new owner, and names in element names are withheld as everywhere else.
     */
    public static Optional<ChangeReport> apply(Optional<ChangeReport> report, Strategy strategy, Set<Redaction> redactions) {
        if (report.isEmpty() || !redactions.contains(Redaction.OWNERS)) {
            return report;
        }
        NameMatcher names = names(strategy);
        ChangeReport r = report.get();
        return Optional.of(new ChangeReport(r.baselineLabel(), r.baselineCommit(), r.changes().stream().map(c -> {
            boolean owner = c.field().equals("owner") || c.field().equals("sponsor") || c.field().equals("attendees");
            return new Change(c.kind(), c.element(), c.unitPath(), c.id(), names.scrub(c.name()), c.field(),
                    owner ? WITHHELD : names.scrub(c.before()), owner ? WITHHELD : names.scrub(c.after()));
        }).toList()));
    }

    /** The model without the withheld sections; texts are scrubbed afterwards, by {@link ModelText}. */
    private static Scorecard scorecard(Scorecard s, Set<Redaction> r, UnaryOperator<String> name) {
        UnaryOperator<String> text = UnaryOperator.identity();
        StrategyInfo i = s.info();
        StrategyInfo info = new StrategyInfo(i.name(), text.apply(i.mission()), text.apply(i.vision()),
                i.values().stream().map(text).toList(), i.stage(), i.horizon(), i.asOf(), i.origin());
        List<Objective> objectives = s.objectives().stream().map(o -> new Objective(o.id(), text.apply(o.name()), o.perspective(),
                o.themes(), name.apply(o.owner()), r.contains(Redaction.OWNERS) ? "" : o.ownerLabel(), o.weight(), o.order(), o.drives(), o.supports(), text.apply(o.body()), o.origin())).toList();
        List<Measure> measures = s.measures().stream().map(m -> new Measure(m.id(), text.apply(m.name()), m.objectives(),
                text.apply(m.description()), m.unit(), m.decimals(), m.polarity(), m.kind(), m.frequency(), m.aggregation(),
                name.apply(m.owner()), text.apply(m.dataSource()), text.apply(m.formula()),
                r.contains(Redaction.ACTUALS) ? Optional.empty() : m.baseline(), m.targets(),
                m.periodTargets(), m.origin(),
                // a calculation's trail holds the actual values of its inputs: withheld with the actuals
                m.calculation().map(c -> r.contains(Redaction.ACTUALS) ? c.withRows(List.of()) : c))).toList();
        if (r.contains(Redaction.ACTUALS)) {
            measures = InferredDecimals.apply(measures, List.of());
        }
        List<Initiative> initiatives = s.initiatives().stream().map(x -> new Initiative(x.id(), text.apply(x.name()),
                name.apply(x.owner()), name.apply(x.sponsor()), x.objectives(), x.measures(), x.status(), x.start(), x.due(),
                x.progress(), r.contains(Redaction.BUDGETS) ? Optional.empty() : x.budget(),
                x.milestones().stream().map(ms -> new Milestone(text.apply(ms.name()), ms.due(), ms.done(), ms.origin())).toList(),
                text.apply(x.body()), x.origin())).toList();
        List<OkrSet> okrs = s.okrs().stream().map(set -> new OkrSet(set.period(), set.okrs().stream().map(o -> new Okr(o.id(),
                text.apply(o.name()), name.apply(o.owner()), o.supports(), o.keyResults().stream().map(k -> new KeyResult(
                        text.apply(k.name()), k.measure(), k.from(), k.to(),
                        r.contains(Redaction.ACTUALS) ? OptionalDouble.empty() : k.current(), k.origin())).toList(),
                o.origin())).toList(),
                set.origin())).toList();
        List<Review> reviews = s.reviews().stream().map(rv -> {
            Map<String, String> commentary = new LinkedHashMap<>();
            rv.commentary().forEach((k, v) -> commentary.put(k, text.apply(v)));
            return new Review(rv.period(), rv.date(), r.contains(Redaction.OWNERS) ? List.of() : rv.attendees(),
                    rv.decisions().stream().map(text).toList(), commentary, text.apply(rv.body()), rv.origin());
        }).toList();
        List<Scorecard> units = new ArrayList<>();
        s.units().forEach(u -> units.add(scorecard(u, r, name)));
        return new Scorecard(s.path(), s.directory(), info, s.perspectives(), s.themes(), objectives, measures,
                r.contains(Redaction.ACTUALS) ? List.of() : s.measurements(), initiatives, okrs, reviews, units, s.unreadable());
    }

    /** Everyone named in an owner, sponsor or attendee field anywhere, as a matcher for their names in text. */
    public static NameMatcher names(Strategy strategy) {
        List<String> names = new ArrayList<>();
        for (Scorecard s : strategy.allScorecards()) {
            s.objectives().forEach(o -> names.add(o.owner()));
            s.measures().forEach(m -> names.add(m.owner()));
            s.initiatives().forEach(i -> {
                names.add(i.owner());
                names.add(i.sponsor());
            });
            s.okrs().forEach(set -> set.okrs().forEach(o -> names.add(o.owner())));
            s.reviews().forEach(r -> names.addAll(r.attendees()));
        }
        return NameMatcher.of(names);
    }
}
