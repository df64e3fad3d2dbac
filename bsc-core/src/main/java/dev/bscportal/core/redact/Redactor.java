package dev.bscportal.core.redact;

import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.history.Change;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.model.InferredDecimals;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

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
        Strategy structural = new Strategy(scorecard(strategy.company(), redactions));
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

    /**
     * The model without the withheld sections: each element changed only in the fields an edition leaves out (texts
     * are scrubbed afterwards, by {@link ModelText}).
     */
    private static Scorecard scorecard(Scorecard s, Set<Redaction> r) {
        boolean owners = r.contains(Redaction.OWNERS);
        boolean actuals = r.contains(Redaction.ACTUALS);
        boolean budgets = r.contains(Redaction.BUDGETS);
        List<Objective> objectives = !owners ? s.objectives()
                : s.objectives().stream().map(o -> o.toBuilder().owner("").ownerLabel("").build()).toList();
        List<Measure> measures = s.measures().stream().map(m -> {
            Measure.Builder b = m.toBuilder();
            if (owners) {
                b.owner("");
            }
            if (actuals) {
                // a calculation's trail holds the actual values of its inputs: withheld with the actuals
                b.baseline(Optional.empty()).calculation(m.calculation().map(c -> c.withRows(List.of())));
            }
            return b.build();
        }).toList();
        if (actuals) {
            measures = InferredDecimals.apply(measures, List.of());
        }
        List<Initiative> initiatives = s.initiatives().stream().map(x -> {
            Initiative.Builder b = x.toBuilder();
            if (owners) {
                b.owner("").sponsor("");
            }
            if (budgets) {
                b.budget(Optional.empty());
            }
            return b.build();
        }).toList();
        List<OkrSet> okrs = s.okrs().stream().map(set -> new OkrSet(set.period(), set.okrs().stream().map(o -> new Okr(o.id(),
                o.name(), owners ? "" : o.owner(), o.supports(), o.keyResults().stream().map(k -> new KeyResult(
                        k.name(), k.measure(), k.from(), k.to(), actuals ? OptionalDouble.empty() : k.current(), k.origin())).toList(),
                o.origin())).toList(),
                set.origin())).toList();
        List<Review> reviews = !owners ? s.reviews() : s.reviews().stream().map(rv -> new Review(rv.period(), rv.date(),
                List.of(), rv.decisions(), rv.commentary(), rv.body(), rv.origin())).toList();
        List<Scorecard> units = s.units().stream().map(u -> scorecard(u, r)).toList();
        return s.toBuilder().objectives(objectives).measures(measures)
                .measurements(actuals ? List.of() : s.measurements())
                .initiatives(initiatives).okrs(okrs).reviews(reviews).units(units).build();
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
