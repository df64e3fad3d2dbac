package dev.bscportal.core.validate;

import java.util.List;

/** The rules every build runs, errors first, then the best-practice advice. */
public final class StandardRules {

    private StandardRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new ClassificationRule(),
                new ObjectiveReferencesRule(),
                new MeasureReferencesRule(),
                new SupportsRule(),
                new DrivesCycleRule(),
                new TargetsRule(),
                new RankValuesRule(),
                new MeasurementsRule(),
                new CalcRule(),
                new DatesRule(),
                new MapShapeRule(),
                new MapFlowRule(),
                new ObjectiveOrderRule(),
                new LeadingMeasuresRule(),
                new InitiativeOwnerRule(),
                new ScoreAdviceRule());
    }
}
