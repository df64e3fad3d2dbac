package dev.bscportal.core.load;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.testing.SpecialFiles;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the loader does with the file system's traps: links looping back, links to folders and files inside
 * the strategy (allowed, each folder read once), sockets and FIFOs (never opened).
 */
@Timeout(120) // a FIFO or a loop followed by mistake would hang or run for ever: fail instead
class StrategyLoaderFileSystemTest {

    @TempDir
    Path dir;

    private Path strategy() {
        StrategyDir.valid(dir.resolve("strategy"));
        return dir.resolve("strategy");
    }

    @Test
    void threeLinksBackToTheCompanyAreEachReportedAndNothingIsReadTwice() throws IOException {
        // given three unit folders that are links to the strategy itself (before: 13,000 pages for two, a stall for three)
        Path strategy = strategy();
        SpecialFiles.link(strategy.resolve("units/a"), Path.of(".."));
        SpecialFiles.link(strategy.resolve("units/b"), Path.of("../."));
        SpecialFiles.link(strategy.resolve("units/c"), strategy);

        List<String> lines = StrategyDir.empty(strategy).problemLines();
        Strategy loaded = StrategyDir.empty(strategy).check().strategy().orElseThrow();

        // then each link is one BSC026 at the link, and the company has no units
        assertEquals(List.of("BSC026 units/a:0", "BSC026 units/b:0", "BSC026 units/c:0"),
                lines.stream().filter(l -> l.startsWith("BSC0")).toList());
        assertEquals(List.of(), loaded.company().units());
    }

    @Test
    void aLinkToAFolderOfTheProjectInsideTheStrategyThatIsNotReadOtherwiseIsFollowed() throws IOException {
        // given a unit kept in a shared folder inside the strategy, linked into units/
        Path strategy = strategy();
        Files.createDirectories(strategy.resolve("shared/sales"));
        Files.writeString(strategy.resolve("shared/sales/strategy.yaml"), "name: Sales\n");
        SpecialFiles.link(strategy.resolve("units/sales"), Path.of("../shared/sales"));
        Files.createDirectories(strategy.resolve("library"));
        Files.copy(strategy.resolve("measures/nps.yaml"), strategy.resolve("library/nps.yaml"));
        Files.delete(strategy.resolve("measures/nps.yaml"));
        SpecialFiles.link(strategy.resolve("measures/nps.yaml"), Path.of("../library/nps.yaml"));

        Strategy loaded = StrategyDir.empty(strategy).check().strategy().orElseThrow();

        // then the unit and the linked measure are read like their own files
        assertEquals(List.of("Sales"), loaded.company().units().stream().map(Scorecard::info).map(i -> i.name()).toList());
        assertTrue(loaded.company().measure("nps").isPresent());
        assertEquals(List.of(), StrategyDir.empty(strategy).problemLines().stream().filter(l -> l.startsWith("BSC0")).toList());
    }

    @Test
    void aSocketWhereAFileBelongsIsReportedNotOpened() throws IOException {
        Path strategy = strategy();
        Path socket = strategy.resolve("measures/socket.yaml");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            List<String> lines = StrategyDir.empty(strategy).problemLines();

            assertTrue(lines.contains("BSC025 measures/socket.yaml:0"), lines.toString());
        }
    }

    @Test
    void namedPipesAsMissionVisionAndUnitFilesAreReportedNotOpened() throws IOException {
        // given FIFOs where the company's vision and a unit's strategy.yaml and mission belong
        Path strategy = strategy();
        SpecialFiles.fifo(strategy.resolve("vision.md"));
        Files.createDirectories(strategy.resolve("units/sales"));
        SpecialFiles.fifo(strategy.resolve("units/sales/strategy.yaml"));
        Files.createDirectories(strategy.resolve("units/ops"));
        Files.writeString(strategy.resolve("units/ops/strategy.yaml"), "name: Ops\n");
        SpecialFiles.fifo(strategy.resolve("units/ops/mission.md"));

        List<String> lines = StrategyDir.empty(strategy).problemLines();

        // then each is named with BSC025, and the load finishes
        assertEquals(List.of("BSC025 units/ops/mission.md:0", "BSC025 units/sales/strategy.yaml:0", "BSC025 vision.md:0"),
                lines.stream().filter(l -> l.startsWith("BSC025")).sorted().toList());
    }

    @Test
    void unitsAtTheDepthLimitAreReadAndOneLevelDeeperIsNamedWithTheLimit() throws IOException {
        Path strategy = strategy();
        Path unit = strategy;
        for (int level = 1; level <= StrategyLoader.MAX_UNIT_DEPTH; level++) {
            unit = unit.resolve("units/u" + level);
            Files.createDirectories(unit);
            Files.writeString(unit.resolve("strategy.yaml"), "name: Level " + level + "\n");
        }
        Strategy atLimit = StrategyDir.empty(strategy).check().strategy().orElseThrow();
        Files.createDirectories(unit.resolve("units/too-deep"));
        Files.writeString(unit.resolve("units/too-deep/strategy.yaml"), "name: Too deep\n");

        List<dev.bscportal.core.problem.Problem> problems = StrategyDir.empty(strategy).check().problems();

        assertEquals(StrategyLoader.MAX_UNIT_DEPTH, depth(atLimit.company()));
        dev.bscportal.core.problem.Problem tooDeep = problems.stream()
                .filter(p -> p.code() == dev.bscportal.core.problem.ProblemCode.UNITS_TOO_DEEP).findFirst().orElseThrow();
        assertEquals(strategy.relativize(unit.resolve("units")).toString(), tooDeep.position().file());
        assertTrue(tooDeep.message().contains("at most 8 levels") && tooDeep.message().contains("level 9"), tooDeep.message());
        assertTrue(tooDeep.isError(), "lost units fail the build");
    }

    private static int depth(Scorecard card) {
        return card.units().stream().mapToInt(u -> 1 + depth(u)).max().orElse(0);
    }
}
