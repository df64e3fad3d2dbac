package dev.bscportal.core.load;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.InitiativeStatus;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.LifecycleStage;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.StrategyInfo;
import dev.bscportal.core.problem.SourcePosition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every key of docs/format.md, written in files and read back into the model records. */
class ElementReadersTest {

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Scorecard load() {
        LoadResult result = new StrategyLoader(LoadLimits.DEFAULTS).load(dir);
        assertEquals(List.of(), ProblemLines.of(result.problems()), "no problems expected");
        return result.strategy().orElseThrow().company();
    }

    @Test
    void readsEveryStrategyKey() throws IOException {
        write("strategy.yaml", """
                name: Acme
                mission: Make things.
                vision: Everywhere.
                values: [Honesty, Speed]
                stage: growth
                horizon: 2025-2028
                as-of: 2026-Q2
                perspectives:
                  - id: money
                    name: Money
                    question: How do we pay?
                themes:
                  - id: growth
                    name: Growth
                    description: Grow.
                    colour: "#1f77b4"
                """);

        Scorecard company = load();

        StrategyInfo info = company.info();
        assertEquals("Acme", info.name());
        assertEquals("Make things.", info.mission());
        assertEquals("Everywhere.", info.vision());
        assertEquals(List.of("Honesty", "Speed"), info.values());
        assertEquals(Optional.of(LifecycleStage.GROWTH), info.stage());
        assertEquals("2025-2028", info.horizon());
        assertEquals(Optional.of(Period.quarter(2026, 2)), info.asOf());
        assertEquals(List.of("money"), company.perspectives().stream().map(p -> p.id()).toList());
        assertEquals("How do we pay?", company.perspectives().get(0).question());
        assertEquals("#1f77b4", company.theme("growth").orElseThrow().colour());
        assertEquals("Grow.", company.theme("growth").orElseThrow().description());
        assertEquals(SourcePosition.of("strategy.yaml", 7), info.origin().of("as-of"));
    }

    @Test
    void missionAndVisionFilesOverrideTheKeys() throws IOException {
        write("strategy.yaml", "name: Acme\nmission: short\nvision: short\n");
        write("mission.md", "\uFEFF# Mission\r\n\r\nLong text.\r\n");
        write("vision.md", "Far.\n");

        StrategyInfo info = load().info();

        assertEquals("# Mission\n\nLong text.", info.mission());
        assertEquals("Far.", info.vision());
    }

    @Test
    void defaultsToTheFourClassicPerspectives() throws IOException {
        write("strategy.yaml", "name: Acme\n");

        assertEquals(List.of("financial", "customer", "internal", "learning"),
                load().perspectives().stream().map(p -> p.id()).toList());
    }

    @Test
    void readsEveryObjectiveKeyAndTheBody() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("objectives/grow.md", """
                ---
                id: grow
                name: Grow revenue
                perspective: financial
                themes: [growth]
                owner: Ann
                weight: 2.5
                drives: [profit]
                supports: [sales/win, parent-goal]
                ---
                Why we grow.
                """);

        Objective o = load().objective("grow").orElseThrow();

        assertEquals(new Objective("grow", "Grow revenue", "financial", List.of("growth"), "Ann", "", 2.5, java.util.OptionalInt.empty(),
                List.of("profit"), List.of("sales/win", "parent-goal"), "Why we grow.\n", o.origin()), o);
        assertEquals(SourcePosition.of("objectives/grow.md", 7), o.origin().of("weight"));
        assertEquals("objectives/grow.md", o.origin().file());
    }

    @Test
    void objectiveDefaultsToWeightOneAndTheFileNameAsId() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("objectives/retain.md", "---\nname: Retain\nperspective: customer\n---\n");

        Objective o = load().objective("retain").orElseThrow();

        assertEquals(1.0, o.weight());
        assertEquals("", o.owner());
        assertEquals(List.of(), o.drives());
    }

    @Test
    void readsEveryMeasureKeyAndInlineMeasurements() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("measures/cost.yaml", """
                id: cost
                name: Unit cost
                objectives:
                  - grow
                  - id: retain
                    weight: 0.5
                description: Cost per unit.
                unit: EUR
                decimals: 2
                polarity: lower-is-better
                kind: leading
                frequency: quarterly
                aggregation: average
                owner: Bob
                data-source: ERP
                formula: cost / units
                baseline:
                  value: 12
                  period: 2025-Q4
                threshold: 11
                target: 10
                stretch: 9
                targets:
                  - period: 2027-Q1
                    target: 8
                  - period: 2026-Q3
                    threshold: 10.5
                    target: 9.5
                    stretch: 8.5
                measurements:
                  2026-Q1: 11.5
                  2026-Q2:
                    value: 10.8
                    note: new supplier
                """);

        Scorecard company = load();
        Measure m = company.measure("cost").orElseThrow();

        assertEquals("Unit cost", m.name());
        assertEquals(List.of("grow", "retain"), m.objectives().stream().map(l -> l.objective()).toList());
        assertEquals(List.of(1.0, 0.5), m.objectives().stream().map(l -> l.weight()).toList());
        assertEquals("Cost per unit.", m.description());
        assertEquals("EUR", m.unit());
        assertEquals(2, m.decimals());
        assertEquals(Polarity.LOWER_IS_BETTER, m.polarity());
        assertEquals(MeasureKind.LEADING, m.kind());
        assertEquals(Frequency.QUARTERLY, m.frequency());
        assertEquals(Aggregation.AVERAGE, m.aggregation());
        assertEquals("Bob", m.owner());
        assertEquals("ERP", m.dataSource());
        assertEquals("cost / units", m.formula());
        assertEquals(12.0, m.baseline().orElseThrow().value());
        assertEquals(Optional.of(Period.quarter(2025, 4)), m.baseline().orElseThrow().period());
        assertEquals(OptionalDouble.of(11), m.targets().threshold());
        assertEquals(OptionalDouble.of(10), m.targets().target());
        assertEquals(OptionalDouble.of(9), m.targets().stretch());
        assertEquals(List.of(Period.quarter(2026, 3), Period.quarter(2027, 1)),
                m.periodTargets().stream().map(t -> t.period()).toList(), "sorted by period");
        assertEquals(OptionalDouble.of(8.5), m.periodTargets().get(0).targets().stretch());
        assertEquals(OptionalDouble.empty(), m.periodTargets().get(1).targets().threshold());
        List<Measurement> values = company.measurements();
        assertEquals(2, values.size());
        assertEquals(new Measurement("cost", Period.quarter(2026, 1), 11.5, "", values.get(0).origin()), values.get(0));
        assertEquals(new Measurement("cost", Period.quarter(2026, 2), 10.8, "new supplier", values.get(1).origin()),
                values.get(1));
        assertEquals(SourcePosition.of("measures/cost.yaml", 31), values.get(0).origin().at());
        assertEquals(SourcePosition.of("measures/cost.yaml", 32), values.get(1).origin().at());
    }

    @Test
    void measureDefaultsAndShorthands() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("measures/nps.yaml", "name: NPS\nobjective: retain\nbaseline: 30\ntarget: 50\n");

        Measure m = load().measure("nps").orElseThrow();

        assertEquals(0, m.decimals(), "no decimals written: as many as its numbers (30, 50) have");
        assertEquals(Polarity.HIGHER_IS_BETTER, m.polarity());
        assertEquals(MeasureKind.LAGGING, m.kind());
        assertEquals(Frequency.MONTHLY, m.frequency());
        assertEquals(Aggregation.LAST, m.aggregation());
        assertEquals(List.of("retain"), m.objectives().stream().map(l -> l.objective()).toList());
        assertEquals(30.0, m.baseline().orElseThrow().value());
        assertEquals(Optional.empty(), m.baseline().orElseThrow().period());
        assertTrue(m.periodTargets().isEmpty());
    }

    @Test
    void readsEveryInitiativeKey() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("initiatives/crm.md", """
                ---
                id: crm
                name: New CRM
                owner: Ann
                sponsor: Carl
                objectives: [grow]
                measures: [nps, cost]
                status: on-hold
                start: 2026-01-15
                due: 2026-09-30
                progress: 40
                budget:
                  planned: 120000
                  spent: 30000
                  currency: EUR
                milestones:
                  - name: Pilot
                    due: 2026-03-31
                    done: true
                  - name: Rollout
                ---
                The plan.
                """);

        Initiative i = load().initiatives().get(0);

        assertEquals("crm", i.id());
        assertEquals("New CRM", i.name());
        assertEquals("Ann", i.owner());
        assertEquals("Carl", i.sponsor());
        assertEquals(List.of("grow"), i.objectives());
        assertEquals(List.of("nps", "cost"), i.measures());
        assertEquals(InitiativeStatus.ON_HOLD, i.status());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 15)), i.start());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), i.due());
        assertEquals(OptionalDouble.of(40), i.progress());
        assertEquals(OptionalDouble.of(120000), i.budget().orElseThrow().planned());
        assertEquals(OptionalDouble.of(30000), i.budget().orElseThrow().spent());
        assertEquals("EUR", i.budget().orElseThrow().currency());
        assertEquals(2, i.milestones().size());
        assertEquals("Pilot", i.milestones().get(0).name());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), i.milestones().get(0).due());
        assertTrue(i.milestones().get(0).done());
        assertFalse(i.milestones().get(1).done());
        assertEquals(Optional.empty(), i.milestones().get(1).due());
        assertEquals("The plan.\n", i.body());
        assertEquals(SourcePosition.of("initiatives/crm.md", 9), i.origin().of("start"));
    }

    @Test
    void initiativeStatusDefaultsToPlanned() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("initiatives/x.md", "---\nname: X\n---\n");

        assertEquals(InitiativeStatus.PLANNED, load().initiatives().get(0).status());
    }

    @Test
    void readsEveryOkrKey() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("okrs/2026-Q3.yaml", """
                period: 2026-Q3
                objectives:
                  - id: win
                    name: Win deals
                    owner: Dana
                    supports: [grow]
                    support: retain
                    key-results:
                      - name: Deals closed
                        measure: deals
                        from: 0
                        to: 40
                        current: 12
                      - name: Demos
                        from: 5
                        to: 20
                """);

        OkrSet set = load().okrs().get(0);

        assertEquals(Period.quarter(2026, 3), set.period());
        Okr okr = set.okrs().get(0);
        assertEquals("win", okr.id());
        assertEquals("Win deals", okr.name());
        assertEquals("Dana", okr.owner());
        assertEquals(List.of("grow", "retain"), okr.supports());
        KeyResult kr = okr.keyResults().get(0);
        assertEquals(new KeyResult("Deals closed", Optional.of("deals"), 0, 40, OptionalDouble.of(12), kr.origin()), kr);
        assertEquals(new KeyResult("Demos", Optional.empty(), 5, 20, OptionalDouble.empty(), okr.keyResults().get(1).origin()),
                okr.keyResults().get(1));
        assertEquals(SourcePosition.of("okrs/2026-Q3.yaml", 9), kr.origin().at());
    }

    @Test
    void okrPeriodDefaultsToTheFileName() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("okrs/2026-Q4.yaml", "objectives: []\n");

        assertEquals(Period.quarter(2026, 4), load().okrs().get(0).period());
    }

    @Test
    void readsEveryReviewKey() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("reviews/2026-Q2.md", """
                ---
                period: 2026-Q2
                date: 2026-07-02
                attendees: [Ann, Bob]
                decisions:
                  - Raise the NPS target.
                commentary:
                  grow: On track.
                  retain: Behind plan.
                ---
                Minutes.
                """);

        Review r = load().reviews().get(0);

        assertEquals(new Review(Period.quarter(2026, 2), Optional.of(LocalDate.of(2026, 7, 2)), List.of("Ann", "Bob"),
                List.of("Raise the NPS target."), Map.of("grow", "On track.", "retain", "Behind plan."), "Minutes.\n",
                r.origin()), r);
        assertEquals(List.of("grow", "retain"), List.copyOf(r.commentary().keySet()), "in written order");
    }

    @Test
    void reviewPeriodDefaultsToTheFileName() throws IOException {
        write("strategy.yaml", "name: Acme\n");
        write("reviews/2026-06.md", "---\n---\n");

        assertEquals(Period.month(2026, 6), load().reviews().get(0).period());
    }
}
