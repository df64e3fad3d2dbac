package dev.bscportal.core.engine;

import dev.bscportal.core.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixtures under src/test/resources/strategies/ are strategies as real organisations write them, not the
 * example: an airline with ranks, minutes, currencies and a glide path, and a new scorecard with almost no data.
 */
class RealStrategyFixturesTest {

    static Path fixture(String name) {
        return Path.of("src/test/resources/strategies", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"airline", "sparse", "landesamt-de", "startup-okrs"})
    void aRealStrategyLoadsWithoutErrors(String name) {
        // given a strategy written the way an organisation writes it
        // when it is checked with the default options
        CheckResult result = new StrategyChecker(CheckOptions.DEFAULTS).check(fixture(name));

        // then it loads, is scored, and nothing in it is an error
        assertTrue(result.strategy().isPresent(), name);
        assertEquals(java.util.List.of(), result.errors().stream().map(Problem::format).toList(), name);
        assertTrue(!result.failsBuild(), name);
    }
}
