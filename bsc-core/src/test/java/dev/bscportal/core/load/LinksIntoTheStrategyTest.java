package dev.bscportal.core.load;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.testing.NestedUnits;
import dev.bscportal.core.testing.SpecialFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A symbolic link inside the strategy that leads to a folder the loader reads in its own place (a unit, or a
 * scorecard's objectives/, measures/, measurements/, initiatives/ or units/) is reported at the link and not read,
 * whether the link's path comes before or after the folder's own: the folder's own unit keeps it, and the strategy is
 * what it is without the link.
 */
class LinksIntoTheStrategyTest {

    @TempDir
    Path dir;

    /** Where the linking unit is, which folder of it is the link, and where the link leads (relative to the link). */
    static Stream<Arguments> links() {
        List<Arguments> cases = new ArrayList<>();
        // "aaa" is read before the folders it links to, "zzz" after them
        for (String unit : List.of("units/aaa", "units/zzz")) {
            for (String folder : List.of("objectives", "measures", "measurements", "initiatives")) {
                cases.add(Arguments.of(unit, folder, "../operations/" + folder));
            }
            cases.add(Arguments.of(unit, "units", "../sales/units"));
            cases.add(Arguments.of(unit, "units/twin", "../../operations"));
            cases.add(Arguments.of(unit, "units/twin", "../../sales/units/field"));
        }
        for (String unit : List.of("units/sales/units/aaa", "units/sales/units/zzz")) {
            cases.add(Arguments.of(unit, "objectives", "../../../operations/objectives"));
            cases.add(Arguments.of(unit, "units/twin", "../../../../operations"));
            cases.add(Arguments.of(unit, "units/twin", "../../inside"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @MethodSource("links")
    void aLinkToAFolderReadInItsOwnPlaceIsReportedAtTheLinkAndTheStrategyIsAsWithoutIt(String unit, String folder,
                                                                                       String target) throws IOException {
        // given a unit (a copy of operations) whose folder is a link to a folder another unit reads as its own,
        // and the same strategy without that folder
        Path withLink = strategyWithUnit(dir.resolve("with-link"), unit, folder);
        SpecialFiles.link(withLink.resolve(unit).resolve(folder), Path.of(target));
        Path without = strategyWithUnit(dir.resolve("without"), unit, folder);

        // when both are loaded, one unit after the other and side by side
        LoadResult linked = loadedBothWays(withLink);
        LoadResult plain = loadedBothWays(without);

        // then the link is the one reported, once, and nothing else differs
        List<Problem> loops = linked.problems().stream().filter(p -> p.code() == ProblemCode.LINK_LOOP).toList();
        assertEquals(List.of(unit + "/" + folder), loops.stream().map(p -> p.position().file()).toList(), linked.problems().toString());
        assertTrue(loops.get(0).message().contains("never through a link"), loops.get(0).message());
        assertEquals(plain.problems(), linked.problems().stream().filter(p -> p.code() != ProblemCode.LINK_LOOP).toList());
        assertEquals(plain.strategy(), linked.strategy());
    }

    @Test
    void aLinkToAFolderThatIsNoValidUnitIdGivesItOneAndIsRead() throws IOException {
        // given a unit folder named with capitals and a space, and a link with a valid id leading to it
        Path strategy = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("s"));
        Files.move(strategy.resolve("units/operations"), strategy.resolve("units/Operations Team"));
        SpecialFiles.link(strategy.resolve("units/operations"), Path.of("Operations Team"));

        LoadResult loaded = loadedBothWays(strategy);

        // then the folder's own name is refused as a unit id, and the unit is read through the link
        assertEquals(List.of("units/Operations Team"), loaded.problems().stream().filter(p -> p.code() == ProblemCode.INVALID_ID)
                .map(p -> p.position().file()).toList());
        assertEquals(List.of(), loaded.problems().stream().filter(p -> p.code() == ProblemCode.LINK_LOOP).toList());
        assertTrue(loaded.strategy().orElseThrow().company().units().stream().map(Scorecard::path).anyMatch("operations"::equals));
    }

    /** How the unit that owns the linked folder is itself placed, and where the link leads (relative to the link). */
    static Stream<Arguments> ownersReachedThroughLinks() {
        List<Arguments> cases = new ArrayList<>();
        for (String unit : List.of("units/aaa", "units/zzz")) {
            cases.add(Arguments.of("sales a link to shared/sales", unit, "objectives", "../sales/objectives"));
            cases.add(Arguments.of("sales a link to shared/sales", unit, "units/twin", "../../sales"));
            cases.add(Arguments.of("sales/units a link to team-units", unit, "objectives", "../sales/units/field/objectives"));
            cases.add(Arguments.of("sales/units a link to team-units", unit, "units/twin", "../../sales/units/inside"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}/{2} -> {3}")
    @MethodSource("ownersReachedThroughLinks")
    void aLinkToAFolderOfAUnitReachedThroughALinkIsReportedAtTheLinkAndTheUnitKeepsIt(String owner, String unit, String folder,
                                                                                      String target) throws IOException {
        // given a unit kept outside units/ and linked in (or its units/ folder linked in), and another unit's link
        // to one of its folders, and the same strategy without that link
        Path withLink = linkedOwner(strategyWithUnit(dir.resolve("with-link"), unit, folder), owner);
        SpecialFiles.link(withLink.resolve(unit).resolve(folder), Path.of(target));
        Path without = linkedOwner(strategyWithUnit(dir.resolve("without"), unit, folder), owner);

        LoadResult linked = loadedBothWays(withLink);
        LoadResult plain = loadedBothWays(without);

        // then, whichever unit comes first, the link is the one reported and the linked-in unit keeps its folder
        assertEquals(List.of(unit + "/" + folder), linked.problems().stream().filter(p -> p.code() == ProblemCode.LINK_LOOP)
                .map(p -> p.position().file()).toList(), linked.problems().toString());
        assertEquals(plain.problems(), linked.problems().stream().filter(p -> p.code() != ProblemCode.LINK_LOOP).toList());
        assertEquals(plain.strategy(), linked.strategy());
    }

    @Test
    void aUnitFolderTooDeepToBeReadInItsPlaceMayBeLinkedInHigherUp() throws IOException {
        // given units nested nine levels deep (one more than is read), and a link to the deepest from units/
        Path strategy = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("s"));
        Path deepest = strategy.resolve("units/sales");
        for (int level = 2; level <= StrategyLoader.MAX_UNIT_DEPTH + 1; level++) {
            deepest = Files.createDirectories(deepest.resolve("units/l" + level));
            Files.writeString(deepest.resolve("strategy.yaml"), "name: Level " + level + "\n");
        }
        SpecialFiles.link(strategy.resolve("units/deep"), strategy.resolve("units").relativize(deepest));

        LoadResult loaded = loadedBothWays(strategy);

        // then the link is read as a unit of the company; the folder it leads to is reported too deep where it is
        assertTrue(loaded.strategy().orElseThrow().company().units().stream().anyMatch(u -> u.path().equals("deep")));
        assertEquals(List.of(), loaded.problems().stream().filter(p -> p.code() == ProblemCode.LINK_LOOP).toList());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.code() == ProblemCode.UNITS_TOO_DEEP), loaded.problems().toString());
    }

    @Test
    void aCircleOfLinksThroughAUnitKeptOutsideUnitsIsReadOnceAndTheSameBothWays() throws IOException {
        // given a unit kept in shared/box/ and linked in, whose units/ folder is a link back to shared/box/
        Path strategy = TreeCopy.copy(NestedUnits.EXAMPLE, dir.resolve("s"));
        Files.createDirectories(strategy.resolve("shared/box"));
        Files.move(strategy.resolve("units/sales"), strategy.resolve("shared/box/sales"));
        SpecialFiles.link(strategy.resolve("units/entry"), Path.of("../shared/box/sales"));
        SpecialFiles.link(strategy.resolve("shared/box/sales/units"), Path.of(".."));

        LoadResult loaded = loadedBothWays(strategy);

        // then the unit is read once, as units/entry, and the way back into it is the one link reported
        assertEquals(List.of("units/entry/units/sales"), loaded.problems().stream().filter(p -> p.code() == ProblemCode.LINK_LOOP)
                .map(p -> p.position().file()).toList(), loaded.problems().toString());
        assertEquals(List.of("entry", "operations"), loaded.strategy().orElseThrow().company().units().stream().map(Scorecard::path).toList());
    }

    /** Moves the sales unit (or its units/ folder) out of units/ and links it back in. */
    private static Path linkedOwner(Path strategy, String how) throws IOException {
        if (how.startsWith("sales a link")) {
            Files.createDirectories(strategy.resolve("shared"));
            Files.move(strategy.resolve("units/sales"), strategy.resolve("shared/sales"));
            SpecialFiles.link(strategy.resolve("units/sales"), Path.of("../shared/sales"));
        } else {
            Files.move(strategy.resolve("units/sales/units"), strategy.resolve("team-units"));
            SpecialFiles.link(strategy.resolve("units/sales/units"), Path.of("../../team-units"));
        }
        return strategy;
    }

    /** The example with a second level of units, plus {@code unit}: a copy of operations without {@code folder}. */
    private static Path strategyWithUnit(Path root, String unit, String folder) throws IOException {
        Path strategy = NestedUnits.create(root);
        Path copy = TreeCopy.copy(strategy.resolve("units/operations"), strategy.resolve(unit));
        Path yaml = copy.resolve("strategy.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^name: .*$", "name: Copy at " + unit));
        Path gone = copy.resolve(folder);
        if (Files.exists(gone)) {
            try (Stream<Path> tree = Files.walk(gone)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(gone.getParent());
        return strategy;
    }

    private static LoadResult loadedBothWays(Path strategy) {
        LoadResult oneAfterTheOther = new StrategyLoader(LoadLimits.DEFAULTS, new ParsedFiles(), false).load(strategy);
        LoadResult sideBySide = new StrategyLoader(LoadLimits.DEFAULTS, new ParsedFiles(), true).load(strategy);
        assertEquals(oneAfterTheOther.problems(), sideBySide.problems());
        assertEquals(oneAfterTheOther.strategy(), sideBySide.strategy());
        return oneAfterTheOther;
    }
}
