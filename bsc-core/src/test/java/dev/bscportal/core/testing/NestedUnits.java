package dev.bscportal.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example strategy with a second level of units: its sales unit gets the units {@code field} and {@code inside},
 * each a copy of the operations unit under another name (their objectives support nothing, since the sales unit has
 * none of the operations objectives they supported). No fixture has units of units, and files that nest scorecards
 * (strategy.json) must be tried at more than one depth.
 */
public final class NestedUnits {

    public static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    private NestedUnits() {
    }

    /** Writes the strategy into {@code dir} (which must not exist) and returns it. */
    public static Path create(Path dir) throws IOException {
        Path strategy = TreeCopy.copy(EXAMPLE, dir);
        for (String unit : List.of("field", "inside")) {
            Path copy = TreeCopy.copy(strategy.resolve("units/operations"), strategy.resolve("units/sales/units/" + unit));
            Path yaml = copy.resolve("strategy.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^name: .*$", "name: Sales " + unit));
            try (Stream<Path> files = Files.list(copy.resolve("objectives"))) {
                for (Path objective : files.toList()) {
                    Files.writeString(objective, Files.readString(objective).replaceAll("(?m)^supports: .*\\n", ""));
                }
            }
        }
        return strategy;
    }
}
