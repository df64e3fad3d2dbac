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
        assertTrue(loops.get(0).message().contains("not read through the link"), loops.get(0).message());
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

    @Test
    void whereTheLoaderReadsFoldersInTheirOwnPlace() {
        for (String own : List.of("", "units", "objectives", "reviews", "okrs", "units/a", "units/a/measurements",
                "units/a/units/b-2", "units/a/units/b/units", "units/a/units/b/initiatives")) {
            assertTrue(FolderWalk.readInItsOwnPlace(own), own);
        }
        for (String other : List.of("shared", "shared/objectives", "units/a/objectives/old", "units/A/objectives", "units/a b",
                "objectives/units", "units/a/sources", "units/a/units/b/notes", "library/units/a")) {
            assertTrue(!FolderWalk.readInItsOwnPlace(other), other);
        }
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
