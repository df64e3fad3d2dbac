package dev.bscportal.core.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersTest {

    @Test
    void parsesPlainDecimalsSignsAndExponents() {
        assertEquals(12.5, Numbers.parse("12.5"));
        assertEquals(-3.0, Numbers.parse("-3"));
        assertEquals(0.5, Numbers.parse("+.5"));
        assertEquals(12.0, Numbers.parse("12."));
        assertEquals(1500.0, Numbers.parse("1.5e3"));
        assertEquals(7.0, Numbers.parse("  7 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "12 %", "1.000,5", "1 000", "1_000", "EUR 5", "0x1F", ".inf", "NaN", "Infinity",
            "", "-", "1e", "1e999", "twelve"})
    void refusesWhatIsNotAPlainFiniteNumber(String text) {
        assertNull(Numbers.parse(text));
    }

    @Test
    void acceptsExactlyWhatThePlainDecimalPatternMatchesOnEveryShortString() {
        // given every string of up to five characters over the characters a plain decimal is made of, and others
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
        String alphabet = "07.eE+-x\u0663";
        java.util.List<String> strings = new java.util.ArrayList<>(java.util.List.of(""));
        for (int length = 1, from = 0; length <= 5; length++) {
            int to = strings.size();
            for (int i = from; i < to; i++) {
                for (char c : alphabet.toCharArray()) {
                    strings.add(strings.get(i) + c);
                }
            }
            from = to;
        }

        // then the reader agrees with the pattern on each
        for (String s : strings) {
            assertEquals(pattern.matcher(s).matches(), Numbers.plainDecimal(s), s);
        }
        assertEquals(66_430, strings.size());
    }
}
