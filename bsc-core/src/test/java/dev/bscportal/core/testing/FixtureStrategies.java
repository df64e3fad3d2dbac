package dev.bscportal.core.testing;

import java.util.stream.Stream;

/**
 * The example strategy and every fixture strategy of different shape (public sector, sparse, CJK and Hebrew names,
 * German, ...), as paths from bsc-core's folder: for tests that must hold on all of them
 * ({@code @MethodSource("dev.bscportal.core.testing.FixtureStrategies#all")}).
 */
public final class FixtureStrategies {

    private FixtureStrategies() {
    }

    public static Stream<String> all() {
        return Stream.of("../example-strategy/src/strategy", "src/test/resources/strategies/airline",
                "src/test/resources/strategies/cjk-names", "src/test/resources/strategies/landesamt-de",
                "src/test/resources/strategies/public-sector", "src/test/resources/strategies/public-sector-baselining",
                "src/test/resources/strategies/sparse", "src/test/resources/strategies/sparse-data",
                "src/test/resources/strategies/startup-okrs");
    }
}
