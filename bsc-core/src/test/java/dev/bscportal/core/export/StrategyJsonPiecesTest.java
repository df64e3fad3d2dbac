package dev.bscportal.core.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.export.StrategyJsonPieces.Kind;
import dev.bscportal.core.export.StrategyJsonPieces.Piece;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.testing.NestedUnits;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * strategy.json written in pieces, each by a generator of its own, must be byte for byte what Jackson's pretty printer
 * writes of the same document in one go (the format of every earlier version): on strategies of every shape, with
 * units two levels deep, with and without actual values.
 */
class StrategyJsonPiecesTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}, actuals {1}")
    @CsvSource({
            "../example-strategy/src/strategy, true", "../example-strategy/src/strategy, false",
            "src/test/resources/strategies/public-sector, true", "src/test/resources/strategies/airline, true",
            "src/test/resources/strategies/sparse, true", "src/test/resources/strategies/sparse-data, false",
            "src/test/resources/strategies/cjk-names, true", "nested, true", "nested, false"})
    void givenAStrategy_whenWrittenInPieces_thenTheFileIsWhatOneGeneratorPrettyPrintsOfTheSameDocument(String strategy,
            boolean actuals) throws Exception {
        // given a checked strategy (the example with units of units for "nested")
        Path source = strategy.equals("nested") ? NestedUnits.create(dir.resolve("nested-" + actuals)) : Path.of(strategy);
        CheckResult checked = StrategyDir.empty(source).check();
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        Strategy model = checked.strategy().orElseThrow();
        StrategyScores scores = checked.scores().orElseThrow();

        // when it is written, piece by piece
        String text = StrategyJson.write(model, scores, actuals);

        // then Jackson's own pretty printing of the document read back is the same text
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(text)) + "\n", text);
        List<Piece> pieces = StrategyJsonPieces.plan(model);
        assertEquals(2 * model.allScorecards().size() + 2, pieces.size());
        int deepest = pieces.stream().mapToInt(Piece::depth).max().orElseThrow();
        assertTrue(!strategy.equals("nested") || deepest == 2, "units of units: depth " + deepest);
        assertTrue(pieces.stream().anyMatch(p -> p.kind() == Kind.OPENING && p.afterSibling()) || model.company().units().size() < 2);
    }
}
