package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.testing.NestedUnits;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The company's units are loaded side by side on the machine's cores; what a load gives must not depend on it: the
 * same strategy, problems and ignored codes as loading them one after the other, on every fixture strategy, on one with
 * many units and units of units, on units whose links lead to each other's folders (reported at the link), and on
 * units whose links lead to one shared folder, where which unit reads it first decides what is reported.
 */
class SideBySideUnitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("dev.bscportal.core.testing.FixtureStrategies#all")
    void everyFixtureLoadsTheSameSideBySideAsOneAfterTheOther(String fixture) {
        assertSameBothWays(Path.of(fixture));
    }

    @Test
    void manyUnitsWithUnitsOfTheirOwnAndBrokenFilesLoadTheSameBothWays() throws IOException {
        // given the example with units of units, twelve more copies of a unit (some with a broken file) and stray entries
        Path strategy = NestedUnits.create(dir.resolve("s"));
        for (int i = 0; i < 12; i++) {
            Path copy = TreeCopy.copy(strategy.resolve("units/sales"), strategy.resolve("units/copy-" + i));
            if (i % 3 == 0) {
                Files.writeString(copy.resolve("measures/broken.yaml"), "name: [unclosed\nkind: lagging\n");
            }
            if (i % 4 == 0) {
                Files.writeString(copy.resolve("strategy.yaml"), Files.readString(copy.resolve("strategy.yaml"))
                        + "ignore: [BSC104]\n");
            }
        }
        Files.writeString(strategy.resolve("units/notes.txt"), "not a unit\n");
        Files.createDirectories(strategy.resolve("units/Bad_Id"));

        LoadResult result = assertSameBothWays(strategy);

        assertEquals(2 + 12, result.strategy().orElseThrow().company().units().size());
        assertTrue(result.problems().stream().anyMatch(p -> p.code() == ProblemCode.INVALID_ID), result.problems().toString());
    }

    @Test
    void unitsWhoseLinksLeadIntoEachOthersFoldersReportTheSameLinkBothWays() throws IOException {
        // given units whose links reach the same folders from either side, in both orders of the units' names
        Path strategy = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("s"));
        Path units = strategy.resolve("units");
        TreeCopy.copy(units.resolve("operations"), units.resolve("marketing"));
        Files.createDirectories(units.resolve("marketing/units"));
        Files.createSymbolicLink(units.resolve("marketing/units/twin"), Path.of("../../sales"));
        TreeCopy.copy(units.resolve("operations"), units.resolve("zeta"));
        try (var objectives = Files.list(units.resolve("zeta/objectives"))) {
            for (Path objective : objectives.toList()) {
                Files.delete(objective);
            }
        }
        Files.delete(units.resolve("zeta/objectives"));
        Files.createSymbolicLink(units.resolve("zeta/objectives"), Path.of("../operations/objectives"));

        LoadResult result = assertSameBothWays(strategy);

        List<Problem> loops = result.problems().stream().filter(p -> p.code() == ProblemCode.LINK_LOOP).toList();
        assertEquals(2, loops.size(), result.problems().toString());
    }

    @Test
    void unitsWhoseLinksLeadToOneSharedFolderReportTheSecondLinkBothWays() throws IOException {
        // given three units whose initiatives are links to one folder kept outside any unit: whichever unit reads it
        // first keeps it, so side by side the units would race for it
        Path strategy = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("s"));
        Path units = strategy.resolve("units");
        Files.move(units.resolve("operations/initiatives"), strategy.resolve("shared-initiatives"));
        TreeCopy.copy(units.resolve("operations"), units.resolve("marketing"));
        TreeCopy.copy(units.resolve("operations"), units.resolve("zeta"));
        for (String unit : List.of("marketing", "operations", "zeta")) {
            Files.createSymbolicLink(units.resolve(unit + "/initiatives"), Path.of("../../shared-initiatives"));
        }

        LoadResult result = assertSameBothWays(strategy);

        // then the first unit in the units' order reads it, and each later link is reported
        assertEquals(List.of("units/operations/initiatives", "units/zeta/initiatives"), result.problems().stream()
                .filter(p -> p.code() == ProblemCode.LINK_LOOP).map(p -> p.position().file()).toList());
        assertEquals(List.of("marketing"), result.strategy().orElseThrow().company().units().stream()
                .filter(u -> u.initiatives().stream().anyMatch(i -> i.id().equals("smed-program"))).map(u -> u.path()).toList());
    }

    private static LoadResult assertSameBothWays(Path strategy) {
        LoadResult oneAfterTheOther = new StrategyLoader(LoadLimits.DEFAULTS, new ParsedFiles(), false).load(strategy);
        for (int run = 0; run < 3; run++) {
            LoadResult sideBySide = new StrategyLoader(LoadLimits.DEFAULTS, new ParsedFiles(), true).load(strategy);
            assertEquals(oneAfterTheOther.problems(), sideBySide.problems());
            assertEquals(oneAfterTheOther.ignored(), sideBySide.ignored());
            assertEquals(oneAfterTheOther.strategy(), sideBySide.strategy());
        }
        return oneAfterTheOther;
    }
}
