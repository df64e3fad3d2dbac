package dev.bscportal.core.model;

import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The builders of the wide model records ({@code toBuilder()}): on the example strategy's real elements, a builder
 * gives back an equal record, and each setter changes exactly its own component (none is dropped or swapped, as the
 * 17-argument constructor of {@link Measure} used to drop the calculation).
 */
class RecordBuildersTest {

    private static final Strategy EXAMPLE = example();

    @Test
    void givenEveryWideRecordOfTheExample_whenRebuiltUnchanged_thenItIsEqual() {
        for (Scorecard s : EXAMPLE.allScorecards()) {
            assertEquals(s, s.toBuilder().build());
            assertEquals(s.info(), s.info().toBuilder().build());
            s.objectives().forEach(o -> assertEquals(o, o.toBuilder().build()));
            s.measures().forEach(m -> assertEquals(m, m.toBuilder().build()));
            s.initiatives().forEach(i -> assertEquals(i, i.toBuilder().build()));
        }
    }

    @Test
    void givenTwoDifferentMeasures_whenEachComponentIsSetFromTheOther_thenOnlyThatComponentChanges() throws Exception {
        List<Measure> measures = EXAMPLE.allScorecards().stream().flatMap(s -> s.measures().stream()).toList();
        assertEachSetterChangesOnlyItsComponent(measures, Measure::toBuilder);
    }

    @Test
    void givenTwoDifferentInitiatives_whenEachComponentIsSetFromTheOther_thenOnlyThatComponentChanges() throws Exception {
        List<Initiative> initiatives = EXAMPLE.allScorecards().stream().flatMap(s -> s.initiatives().stream()).toList();
        assertEachSetterChangesOnlyItsComponent(initiatives, Initiative::toBuilder);
    }

    @Test
    void givenTwoDifferentObjectives_whenEachComponentIsSetFromTheOther_thenOnlyThatComponentChanges() throws Exception {
        List<Objective> objectives = EXAMPLE.allScorecards().stream().flatMap(s -> s.objectives().stream()).toList();
        assertEachSetterChangesOnlyItsComponent(objectives, Objective::toBuilder);
    }

    @Test
    void givenTwoDifferentScorecards_whenEachComponentIsSetFromTheOther_thenOnlyThatComponentChanges() throws Exception {
        assertEachSetterChangesOnlyItsComponent(EXAMPLE.allScorecards(), Scorecard::toBuilder);
        assertEachSetterChangesOnlyItsComponent(EXAMPLE.allScorecards().stream().map(Scorecard::info).toList(),
                StrategyInfo::toBuilder);
    }

    @Test
    void givenACalculatedMeasure_whenItsDecimalsChange_thenItKeepsItsCalculation() {
        Measure calculated = EXAMPLE.allScorecards().stream().flatMap(s -> s.measures().stream())
                .filter(Measure::isCalculated).findFirst().orElseThrow();

        Measure changed = calculated.withDecimals(calculated.decimals() + 1);

        assertEquals(calculated.calculation(), changed.calculation());
        assertEquals(calculated.decimals() + 1, changed.decimals());
    }

    @Test
    void givenABuilder_whenItsListIsChangedAfterBuilding_thenTheRecordIsNot() {
        Measure m = EXAMPLE.company().measures().get(0);
        List<PeriodTarget> targets = new ArrayList<>();

        Measure built = m.toBuilder().periodTargets(targets).build();
        targets.add(new PeriodTarget(Period.year(2030), Targets.NONE, m.origin()));

        assertTrue(built.periodTargets().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> built.objectives().add(null));
    }

    @Test
    void givenANewMeasureBuilder_whenOnlyTheJudgingFieldsAreSet_thenTextsAndListsAreEmpty() {
        Measure m = Measure.builder().id("m").name("M").polarity(Polarity.HIGHER_IS_BETTER).kind(MeasureKind.LAGGING)
                .frequency(Frequency.MONTHLY).aggregation(Aggregation.LAST).targets(Targets.NONE)
                .origin(Origin.at("measures/m.yaml", 1)).build();

        assertEquals("", m.owner());
        assertEquals(List.of(), m.objectives());
        assertEquals(Optional.empty(), m.calculation());
        assertEquals(Optional.empty(), m.baseline());
    }

    /**
     * For each component: a record from {@code all} whose value differs from the first one's, set through the builder
     * method of the component's name; the result differs from the first in that component only.
     */
    private static <R extends Record, B> void assertEachSetterChangesOnlyItsComponent(List<R> all, Function<R, B> toBuilder)
            throws Exception {
        R first = all.get(0);
        RecordComponent[] components = first.getClass().getRecordComponents();
        int changedComponents = 0;
        for (RecordComponent c : components) {
            Object before = c.getAccessor().invoke(first);
            Optional<Object> other = Optional.empty();
            for (R candidate : all) {
                Object value = c.getAccessor().invoke(candidate);
                if (!Objects.equals(value, before)) {
                    other = Optional.of(value);
                    break;
                }
            }
            if (other.isEmpty()) {
                continue;
            }
            B builder = toBuilder.apply(first);
            Method setter = builder.getClass().getMethod(c.getName(), c.getType());
            setter.invoke(builder, other.get());
            Object built = builder.getClass().getMethod("build").invoke(builder);
            for (RecordComponent k : components) {
                Object expected = k == c ? other.get() : k.getAccessor().invoke(first);
                assertEquals(expected, k.getAccessor().invoke(built),
                        first.getClass().getSimpleName() + "." + c.getName() + " set; " + k.getName() + " read");
            }
            assertNotEquals(first, built);
            assertNotSame(first, built);
            changedComponents++;
        }
        // most components differ somewhere in the example: the test is not vacuous
        assertTrue(changedComponents >= components.length / 2, first.getClass().getSimpleName() + ": " + changedComponents
                + " of " + components.length + " components could be tried");
    }

    private static Strategy example() {
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        return checked.strategy().orElseThrow();
    }
}
