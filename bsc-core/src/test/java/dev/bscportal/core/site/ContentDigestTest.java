package dev.bscportal.core.site;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.testing.Models;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The page keys' digest: a value's digest depends on the value only (not on the memo, the instance, or which page
 * asked first), and every component of a record, every item of a list and every kind of leaf counts.
 */
class ContentDigestTest {

    private static Measure measure(String id, double target) {
        return Models.measure(id, "grow", Polarity.HIGHER_IS_BETTER, Targets.of(50.0, target, target + 10));
    }

    /** Ten measurements: a list long enough to be fed by its kept digest. */
    private static List<Measurement> values(double last) {
        List<Measurement> values = new ArrayList<>();
        for (int month = 1; month <= 9; month++) {
            values.add(Models.value("m", "2026-" + (month < 10 ? "0" + month : month), month));
        }
        values.add(Models.value("m", "2026-10", last));
        return List.copyOf(values);
    }

    private static String fresh(Object... values) {
        return new ContentDigest(new DigestMemo(false)).of(values);
    }

    @Test
    void givenAMemoThatKeepsDigestsWhenTheSameValuesAreDigestedAgainThenTheDigestIsTheOneWithoutAMemo() {
        ContentDigest kept = new ContentDigest(new DigestMemo());
        Measure measure = measure("m", 80.0);
        Objective objective = Models.objective("grow", "customer");
        List<Measurement> values = values(10.0);

        String first = kept.of(measure, objective, values);
        String again = kept.of(measure, objective, values);

        assertEquals(fresh(measure, objective, values), first);
        assertEquals(first, again, "a digest found in the memo by its instance is the one computed");
    }

    @Test
    void givenAPreviewMemoWhenAnEqualValueInANewInstanceIsDigestedThenItIsFoundByValueWithTheSameDigest() {
        DigestMemo memo = new DigestMemo();
        String before = new ContentDigest(memo).of(measure("m", 80.0), values(10.0));
        memo.next();

        String after = new ContentDigest(memo).of(measure("m", 80.0), values(10.0));

        assertEquals(before, after);
        assertEquals(2, memo.size(), "the measure and the list were found by value, not kept twice");
    }

    @Test
    void givenAMemoHoldingAValueWhenOneComponentOrOneItemDiffersThenTheDigestDiffers() {
        ContentDigest kept = new ContentDigest(new DigestMemo());
        String base = kept.of(measure("m", 80.0), values(10.0));

        assertNotEquals(base, kept.of(measure("m", 81.0), values(10.0)), "a nested component of a kept record");
        assertNotEquals(base, kept.of(measure("m", 80.0), values(11.0)), "the last item of a kept list");
        assertEquals(base, kept.of(measure("m", 80.0), values(10.0)));
    }

    @Test
    void givenSetsAndMapsWhenTheirIterationOrderDiffersThenTheDigestIsTheSame() {
        Set<String> ab = new LinkedHashSet<>(List.of("a", "b"));
        Set<String> ba = new LinkedHashSet<>(List.of("b", "a"));
        Map<String, Integer> one = new LinkedHashMap<>();
        one.put("x", 1);
        one.put("y", 2);
        Map<String, Integer> two = new LinkedHashMap<>();
        two.put("y", 2);
        two.put("x", 1);

        assertEquals(fresh(ab, one), fresh(ba, two));
        assertNotEquals(fresh(List.of("a", "b")), fresh(List.of("b", "a")), "a list keeps its order");
    }

    @Test
    void givenLeavesOfEveryKindWhenTheyDifferInKindOrValueThenTheDigestsDiffer() {
        List<Object> leaves = List.of("1", 1, 1L, 1.0, 1.0f, true, 'a', Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER,
                LocalDate.of(2026, 1, 1), Path.of("a"), Optional.of("1"), Optional.empty(), OptionalDouble.of(1.0),
                OptionalInt.of(1), OptionalDouble.empty(), List.of(), Set.of(), Map.of());
        Set<String> digests = new LinkedHashSet<>();
        for (Object leaf : leaves) {
            digests.add(fresh(leaf));
        }

        // 1 and 1L both feed the integral 1, 1.0 and 1.0f the same double; both empty optionals feed "absent"
        assertEquals(leaves.size() - 3, digests.size());
        assertEquals(fresh(1), fresh(1L));
        assertEquals(fresh(1.0), fresh(1.0f));
        assertEquals(fresh(Optional.empty()), fresh(OptionalDouble.empty()));
    }

    @Test
    void givenAValueOfATypeItDoesNotKnowWhenDigestedThenItRefusesInsteadOfUsingToString() {
        ContentDigest digest = new ContentDigest();

        assertThrows(IllegalArgumentException.class, () -> digest.of(new StringBuilder("x")));
    }
}
