package dev.bscportal.core.validate;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reference to an id that does not exist reads as one sentence and names the id the author most likely meant:
 * "Measure nps tracks objective 'c11', which is not an objective of the company scorecard. Did you mean 'c1'?"
 * (it read "Measure nps tracks objective 'c11' is not an objective of ...", without a suggestion). Every kind of
 * reference: measure to objective, drives, initiative to objective and measure, key result to measure, OKR to
 * objective, review commentary, a measurement's measure, an objective's perspective and theme.
 */
class UnknownReferenceMessagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "measure to objective|measures/nps.yaml|name: NPS\\nobjective: customer-lyalty\\nthreshold: 1\\ntarget: 2\\n"
                    + "|BSC040|Measure nps tracks objective 'customer-lyalty', which is not an objective of the company scorecard. Did you mean 'customer-loyalty'?",
            "drives|objectives/l1.md|---\\nname: L1\\nperspective: learning\\ndrives: [customer-loyality]\\n---\\n"
                    + "|BSC040|Objective l1 drives 'customer-loyality', which is not an objective of the company scorecard. Did you mean 'customer-loyalty'?",
            "initiative to objective|initiatives/academy.md|---\\nname: Academy\\nobjectives: [customer-loyalti]\\n---\\n"
                    + "|BSC040|Initiative academy names objective 'customer-loyalti', which is not an objective of the company scorecard. Did you mean 'customer-loyalty'?",
            "initiative to measure|initiatives/academy.md|---\\nname: Academy\\nmeasures: [trainig]\\n---\\n"
                    + "|BSC041|Initiative academy names measure 'trainig', which is not a measure of the company scorecard. Did you mean 'training'?",
            "key result to measure|okrs/2026-Q3.yaml|objectives:\\n  - id: o1\\n    name: O1\\n    key-results:\\n      - name: K\\n        measure: revenu\\n        from: 0\\n        to: 1\\n"
                    + "|BSC041|Key result 'K' names measure 'revenu', which is not a measure of the company scorecard. Did you mean 'revenue'?",
            "OKR to objective|okrs/2026-Q3.yaml|objectives:\\n  - id: o1\\n    name: O1\\n    supports: [customer-loyaltyy]\\n"
                    + "|BSC040|OKR o1 supports 'customer-loyaltyy', which is not an objective of the company scorecard. Did you mean 'customer-loyalty'?",
            "review commentary|reviews/2026-Q3.md|---\\ncommentary:\\n  customer-loyallty: fine\\n---\\n"
                    + "|BSC040|Commentary on 'customer-loyallty', which is not an objective of the company scorecard. Did you mean 'customer-loyalty'?",
            "measurement to measure|measurements/more.csv|measure,period,value\\ndefect,2026-09,3\\n"
                    + "|BSC048|Measurement for 'defect' (2026-09): no such measure in the company scorecard. Did you mean 'defects'?",
            "perspective|objectives/l1.md|---\\nname: L1\\nperspective: lerning\\n---\\n"
                    + "|BSC043|Perspective 'lerning' of objective l1 is not declared. Did you mean 'learning'?",
            "theme|objectives/l1.md|---\\nname: L1\\nperspective: learning\\nthemes: [grwth]\\n---\\n"
                    + "|BSC042|Theme 'grwth' of objective l1 is not declared in strategy.yaml. Did you mean 'growth'?"})
    void anUnknownReferenceIsOneSentenceNamingTheClosestId(String kind, String file, String content, String code, String message) {
        // given a strategy with an objective customer-loyalty, and a file whose reference is misspelt
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("objectives/customer-loyalty.md", "---\nname: Loyal customers\nperspective: customer\ndrives: [f1]\n---\n")
                .write(file, content.replace("\\n", "\n"));

        // when checked
        List<Problem> found = strategy.check().problems().stream().filter(p -> p.code().code().equals(code)).toList();

        // then the one problem reads as a sentence and names the id meant
        assertEquals(1, found.size(), kind + ": " + found);
        assertEquals(message, found.get(0).message(), kind);
        assertEquals(file, found.get(0).position().file(), kind);
    }

    @Test
    void aReferenceWithNothingCloseGetsNoSuggestion() {
        // given a measure linked to an objective nothing resembles
        StrategyDir strategy = StrategyDir.valid(dir)
                .write("measures/nps.yaml", "name: NPS\nobjective: world-peace\nthreshold: 1\ntarget: 2\n");

        // when checked
        Problem unknown = strategy.check().problems().stream().filter(p -> p.code() == ProblemCode.UNKNOWN_OBJECTIVE)
                .findFirst().orElseThrow();

        // then the sentence ends without guessing
        assertEquals("Measure nps tracks objective 'world-peace', which is not an objective of the company scorecard.", unknown.message());
        assertFalse(unknown.message().contains("Did you mean"));
        assertTrue(unknown.hint().contains("existing objective id"), unknown.hint());
    }
}
