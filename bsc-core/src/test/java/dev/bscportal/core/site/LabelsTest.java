package dev.bscportal.core.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {

    private final Labels labels = Labels.of(Map.of("two", "{0} and {1}", "swapped", "{1} before {0}",
            "odd", "{x} {} {0 } {99} {0}"));

    @ParameterizedTest
    @ValueSource(strings = {"{1}", "{0}", "$1", "\\", "$", "%s", "%n", "\\$1{1}%s", "{", "}", "{{0}}"})
    void anArgumentIsInsertedLiterallyAndNeverSubstitutedAgain(String name) {
        // given an argument that looks like a placeholder, a regex group reference or a format specifier
        // when it is formatted into labels with two placeholders
        // then it shows as it is, in its place
        assertEquals(name + " and B", labels.format("two", name, "B"));
        assertEquals("A and " + name, labels.format("two", "A", name));
        assertEquals(name + " before A", labels.format("swapped", "A", name));
    }

    @Test
    void textThatIsNotAPlaceholderOfAGivenArgumentStaysAsItIs() {
        assertEquals("{x} {} {0 } {99} v", labels.format("odd", "v"));
        assertEquals("[missing]", labels.format("missing", "v"));
    }
}
