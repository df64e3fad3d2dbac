package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file, folder or id written as people name things ("Kosten je Vorgang.yaml", "units/Außenstelle Nord") is not an
 * id; its BSC014 names the id meant, so the fix is a rename, not a read of the id rules.
 */
class IdMeantTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"Kosten je Vorgang,kosten-je-vorgang", "Größe_2026,groesse-2026", "Außenstelle Nord,aussenstelle-nord",
            "NPS,nps", "  Revenue (EUR)  ,revenue-eur", "Café crème,cafe-creme", "-Lead-,lead"})
    void aNameThatIsNoIdGetsTheIdMeant(String written, String meant) {
        assertEquals(" Did you mean '" + meant + "'?", Suggestions.idMeant(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"🚀", "東京", "CON", "Index", "---"})
    void aNameWithoutAUsableIdGetsNoSuggestion(String written) {
        assertEquals("", Suggestions.idMeant(written));
    }

    @Test
    void aMeasureFileAndAUnitFolderNamedLikePeopleNameThingsGetTheIdMeantAtTheirPlace() {
        // given a measure file with spaces and capitals and a unit folder with an umlaut and a space
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("measures/Kosten je Vorgang.yaml", "name: Kosten\nobjective: f1\nthreshold: 1\ntarget: 2\n")
                .write("units/Außenstelle Nord/strategy.yaml", "name: Nord\n");

        // when checked
        List<String> invalid = strategy.check().problems().stream().filter(p -> p.code() == ProblemCode.INVALID_ID)
                .map(Problem::describe).map(d -> d.substring(0, d.indexOf(" Fix:"))).sorted().toList();

        // then each names the id meant
        assertEquals(List.of(
                "measures/Kosten je Vorgang.yaml:1: BSC014 'Kosten je Vorgang' is not a valid id. Did you mean 'kosten-je-vorgang'?",
                "units/Außenstelle Nord: BSC014 'Außenstelle Nord' is not a valid unit id (folder name). Did you mean 'aussenstelle-nord'?"),
                invalid);
    }
}
