package dev.bscportal.core.memo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A memo between builds holds what the last build used and no more, and never keeps a failed computation. */
class GenerationsTest {

    @Test
    void givenValuesOfOneBuild_whenTheNextBuildAsksForSomeOfThem_thenTheBuildAfterKeepsOnlyThose() {
        Generations<String, String> memo = new Generations<>();
        List<String> computed = new ArrayList<>();
        memo.get("a", k -> { computed.add(k); return "A"; });
        memo.get("b", k -> { computed.add(k); return "B"; });

        memo.next();
        assertEquals("A", memo.get("a", k -> { computed.add(k); return "other"; }));
        memo.next();

        assertEquals(List.of("a", "b"), computed, "a kept value is not computed again");
        assertEquals("A", memo.find("a"));
        assertNull(memo.find("b"), "a value the last build did not use is dropped");
        assertEquals(1, memo.size());
    }

    @Test
    void givenManyBuildsEachWithNewKeys_whenTheyRun_thenTheMemoHoldsAtMostTwoBuildsOfValues() {
        Generations<Integer, Integer> memo = new Generations<>();
        for (int build = 0; build < 50; build++) {
            memo.next();
            for (int i = 0; i < 100; i++) {
                memo.get(build * 100 + i, k -> k);
            }
        }
        assertEquals(200, memo.size());
    }

    @Test
    void givenAComputationThatFails_whenAskedAgain_thenItIsComputedAgainAndNothingWasKept() {
        Generations<String, String> memo = new Generations<>();
        assertThrows(IllegalStateException.class, () -> memo.get("a", k -> { throw new IllegalStateException("no"); }));
        assertEquals(0, memo.size());
        assertEquals("A", memo.get("a", k -> "A"));
    }
}
