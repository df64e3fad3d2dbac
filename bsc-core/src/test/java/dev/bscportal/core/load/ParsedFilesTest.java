package dev.bscportal.core.load;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ParsedFilesTest {

    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    @TempDir
    Path dir;

    @Test
    void aSecondLoadReusesUnchangedFilesAndRereadsChangedOnes() throws Exception {
        // given today's strategy and an older copy in another folder where one objective and one CSV differ
        Path today = TreeCopy.copy(EXAMPLE, dir.resolve("today"));
        Path older = TreeCopy.copy(EXAMPLE, dir.resolve("older"));
        edit(older.resolve("objectives/grow-revenue.md"), "name: ", "name: Old ");
        edit(older.resolve("units/sales/measurements/sales.csv"), "pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,7.5,");
        ParsedFiles parsed = new ParsedFiles();

        // when both are loaded with the same ParsedFiles
        LoadResult first = new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(today);
        int files = parsed.size();
        LoadResult second = new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(older);

        // then the second load is exactly what a load on its own gives, shares the unchanged elements with the
        // first, and holds one entry per file
        LoadResult alone = new StrategyLoader(LoadLimits.DEFAULTS).load(older);
        assertEquals(alone.strategy(), second.strategy());
        assertEquals(alone.problems(), second.problems());
        Scorecard a = first.strategy().map(Strategy::company).orElseThrow();
        Scorecard b = second.strategy().map(Strategy::company).orElseThrow();
        assertSame(a.objective("win-new-customers").orElseThrow(), b.objective("win-new-customers").orElseThrow());
        assertNotSame(a.objective("grow-revenue").orElseThrow(), b.objective("grow-revenue").orElseThrow());
        assertEquals("Old " + a.objective("grow-revenue").orElseThrow().name(), b.objective("grow-revenue").orElseThrow().name());
        assertEquals(files, parsed.size());
    }

    @Test
    void problemsOfAReusedFileAreReportedAgain() throws Exception {
        Path today = TreeCopy.copy(EXAMPLE, dir.resolve("today"));
        edit(today.resolve("objectives/grow-revenue.md"), "perspective: ", "perspectiv: ");
        ParsedFiles parsed = new ParsedFiles();

        LoadResult first = new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(today);
        LoadResult again = new StrategyLoader(LoadLimits.DEFAULTS, parsed).load(today);

        assertEquals(first.problems(), again.problems());
        assertEquals(true, first.problems().stream().anyMatch(p -> p.position().file().equals("objectives/grow-revenue.md")),
                first.problems().toString());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(from + " not in " + file);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
