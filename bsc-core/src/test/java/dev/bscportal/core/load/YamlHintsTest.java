package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML mistakes newcomers make most get a hint that says what to change, at the line of the mistake, instead of
 * only the parser's words ("mapping values are not allowed here") and the general "Fix the YAML syntax" hint.
 */
class YamlHintsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a colon in a text|name: Fachkräfte\\nowner: Leitung: Personalreferat\\n|2|must be quoted: write owner: ",
            "a colon in a description|name: X\\ndescription: Ziel: 90 % bis 2030\\n|2|must be quoted: write description: ",
            "a colon in a list item|values:\\n  - Leitbild: Bürger: zuerst\\n|2|must be quoted: write Leitbild: ",
            "a tab before a key|name: X\\nmeasurements:\\n\\t2026-01: 12\\n|3|Indent with spaces",
            "a key without colon|name: X\\nowner Anna\\ntarget: 3\\n|3|Write each entry as 'key: value'",
            "a value starting with @|name: X\\nowner: @anna\\n|2|starts with @",
            "a value starting with *|name: *important* goal\\n|1|starts with * or &",
            "a key indented under a value|name: A\\n  target: 3\\n|2|Line up the keys",
            "a list item out of line|values:\\n  - one\\n - two\\n|3|Line up the keys"})
    void aCommonYamlMistakeGetsAHintSayingWhatToChange(String mistake, String yaml, int line, String hint) {
        // given a YAML file with the mistake
        List<Problem> problems = new ArrayList<>();

        // when it is parsed
        new YamlReader(dev.bscportal.core.load.LoadLimits.DEFAULTS).parse(yaml.replace("\\n", "\n").replace("\\t", "\t"),
                "measures/m.yaml", 0, problems::add);

        // then one BSC001 at the line of the mistake says what to change
        assertEquals(1, problems.size(), mistake + ": " + problems);
        Problem problem = problems.get(0);
        assertEquals(ProblemCode.MALFORMED_YAML, problem.code(), mistake);
        assertEquals(line, problem.position().line(), mistake + ": " + problem.describe());
        assertTrue(problem.hint().contains(hint), mistake + ": " + problem.describe());
    }
}
